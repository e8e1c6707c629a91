namespace MerchantAccess.Domain.Accounts;

/// <summary>An open sign-in session of a user.</summary>
public sealed record UserSession(string Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt);
