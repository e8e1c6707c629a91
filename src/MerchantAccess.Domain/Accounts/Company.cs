namespace MerchantAccess.Domain.Accounts;

/// <summary>A merchant company, or the bank's merchant support organisation.</summary>
public sealed record Company
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>
    /// The company security code encrypted by the secret protector. It must be shown to
    /// administrators and sent by SMS, so it is encrypted rather than hashed.
    /// </summary>
    public required string ProtectedSecurityCode { get; init; }

    /// <summary>Whether this is the bank's merchant support organisation rather than a merchant.</summary>
    public bool IsSupportOrganisation { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
