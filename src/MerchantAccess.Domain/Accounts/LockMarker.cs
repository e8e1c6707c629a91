namespace MerchantAccess.Domain.Accounts;

/// <summary>A locked account as listed for the audit, without reading the account itself.</summary>
public sealed record LockMarker(string UserId, string CompanyId, LockKind Kind, DateTimeOffset LockedAt, DateTimeOffset? LockedUntil);
