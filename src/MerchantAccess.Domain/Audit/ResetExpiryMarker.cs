namespace MerchantAccess.Domain.Audit;

/// <summary>A pending reset as listed by the expiry of its temporary password, without reading the account.</summary>
public sealed record ResetExpiryMarker(string UserId, string ResetId, DateTimeOffset ExpiresAt);
