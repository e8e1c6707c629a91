namespace MerchantAccess.Domain.Audit;

/// <summary>
/// One anomaly of the period. Members that do not apply to <see cref="Kind"/> are <c>null</c>.
/// </summary>
/// <param name="EventId">The lock or unlock event at fault.</param>
/// <param name="LockCount">For <see cref="AnomalyKind.UnusualLockCount"/>, the locks of the company in the period.</param>
/// <param name="PreviousUnlockAt">For <see cref="AnomalyKind.RelockedAfterUnlock"/>, when the account was last unlocked.</param>
public sealed record AuditAnomaly(
    AnomalyKind Kind,
    string CompanyId,
    string CompanyName,
    string? UserId = null,
    string? EventId = null,
    DateTimeOffset? OccurredAt = null,
    string? ActorId = null,
    string? ActorRole = null,
    int? LockCount = null,
    DateTimeOffset? PreviousUnlockAt = null);
