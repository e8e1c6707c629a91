namespace MerchantAccess.Domain.Sessions;

/// <summary>A signed token and the instant it stops being accepted.</summary>
public sealed record IssuedToken(string Value, DateTimeOffset ExpiresAt);
