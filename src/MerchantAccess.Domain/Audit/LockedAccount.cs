using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Audit;

/// <summary>An account locked when the report was built.</summary>
/// <param name="LockedUntil">When a timed password lock ends by itself; <c>null</c> when it holds until someone lifts it.</param>
public sealed record LockedAccount(
    string CompanyId,
    string CompanyName,
    string UserId,
    string? Login,
    LockKind Kind,
    DateTimeOffset LockedAt,
    DateTimeOffset? LockedUntil);
