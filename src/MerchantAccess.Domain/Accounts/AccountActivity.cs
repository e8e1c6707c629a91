namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// When an account was last used, for the rule that disables accounts unused for 90 days
/// (PCI DSS v4.0 requirement 8.2.6).
/// </summary>
public static class AccountActivity
{
    /// <summary>
    /// Returns the last sign-in, or the creation when the user never signed in, or the last
    /// reactivation by support when that is later. So a reactivated account gets a full period to
    /// be used again before the audit disables it once more.
    /// </summary>
    public static DateTimeOffset LastActivityAt(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);

        var last = user.LastSignInAt ?? user.CreatedAt;
        return user.ReactivatedAt is { } reactivated && reactivated > last ? reactivated : last;
    }

    /// <summary>The UTC day of <see cref="LastActivityAt"/>, which keys the activity marker of the account.</summary>
    public static DateTimeOffset LastActivityDay(UserAccount user)
    {
        var last = LastActivityAt(user);
        return new DateTimeOffset(last.UtcDateTime.Date, TimeSpan.Zero);
    }
}
