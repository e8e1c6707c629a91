namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// The tunable credential rules, bound from the configuration section <c>MerchantAccess:Accounts</c>
/// (app settings <c>MerchantAccess__Accounts__*</c>).
/// </summary>
public sealed class AccountPolicyOptions
{
    public const string SectionName = "MerchantAccess:Accounts";

    /// <summary>Wrong company security codes that lock the account; the product rule is 3.</summary>
    public const int MaxSecurityCodeFailures = 3;

    /// <summary>
    /// Consecutive wrong passwords that lock the account. PCI DSS v4.0 requirement 8.3.4 allows at
    /// most 10; the platform default is 3.
    /// </summary>
    public int MaxFailedPasswords { get; set; } = 3;

    /// <summary>
    /// When set, a password lock ends by itself after this time (at least 30 minutes, as PCI DSS
    /// v4.0 requirement 8.3.4 asks). When unset, the default, it holds until a reset.
    /// </summary>
    public TimeSpan? TimedPasswordLockDuration { get; set; }

    /// <summary>
    /// How long a temporary password works. The default of 24 hours keeps an e-mailed secret short
    /// lived while leaving a working day to use it; a user who misses it asks for new identifiers
    /// with the forgotten-password link.
    /// </summary>
    public TimeSpan TemporaryPasswordLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Age after which sign-in asks for a new password (PCI DSS v4.0 requirement 8.3.9: 90 days).</summary>
    public TimeSpan PasswordMaxAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long a challenge token of the sign-in flow stays valid.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Inactivity after which a session ends (PCI DSS v4.0 requirement 8.2.8: 15 minutes).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Lifetime of an access token, which is also the longest a session lasts.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Open sessions kept per user; signing in again beyond this ends the oldest.</summary>
    public int MaxSessionsPerUser { get; set; } = 5;
}
