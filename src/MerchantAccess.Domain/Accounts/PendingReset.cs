namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// A password reset awaiting its first connection: the temporary password, the security-code
/// attempts made against it, and the copy kept for delivery.
/// </summary>
public sealed record PendingReset
{
    /// <summary>Identifies this reset; deliveries and challenges name it so stale ones are ignored.</summary>
    public required string Id { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>After this instant the temporary password no longer works.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Hash of the temporary password, in the format of the password hasher.</summary>
    public required string TemporaryPasswordHash { get; init; }

    /// <summary>
    /// The temporary password encrypted for the delivery function, or <c>null</c> once the
    /// credentials e-mail was accepted by the provider.
    /// </summary>
    public string? SealedTemporaryPassword { get; init; }

    /// <summary>Wrong company security code entries against this reset, from 0 to the lock threshold.</summary>
    public int SecurityCodeFailures { get; init; }

    /// <summary>When the company security code was entered correctly, if it was.</summary>
    public DateTimeOffset? SecurityCodeVerifiedAt { get; init; }

    /// <summary>Who asked for the reset: an administrator, support, or the user (self-service).</summary>
    public required ResetOrigin Origin { get; init; }

    /// <summary>
    /// When the unlock audit found the temporary password expired and dropped its encrypted copy.
    /// The reset stays pending until a new reset replaces it.
    /// </summary>
    public DateTimeOffset? ExpiredAt { get; init; }
}
