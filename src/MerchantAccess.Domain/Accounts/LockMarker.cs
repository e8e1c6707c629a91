namespace MerchantAccess.Domain.Accounts;

/// <summary>A locked account as listed for the audit, without reading the account itself.</summary>
/// <param name="Login">The login of the account, so that a report names who is locked; <c>null</c> on markers written before it was recorded.</param>
public sealed record LockMarker(string UserId, string CompanyId, LockKind Kind, DateTimeOffset LockedAt, DateTimeOffset? LockedUntil, string? Login = null);
