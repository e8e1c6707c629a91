namespace MerchantAccess.Domain.Accounts;

/// <summary>Facts about the caller of an operation that are recorded with its events.</summary>
/// <param name="ClientAddress">The caller's IP address as the front door saw it, when known.</param>
public sealed record RequestOrigin(string? ClientAddress);
