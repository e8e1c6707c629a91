using System.Globalization;
using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.FirstConnection;

/// <summary>The stamps that tie a challenge token to one state of an account.</summary>
public static class ChallengeStamps
{
    /// <summary>The stamp of a first connection: the id of the pending reset.</summary>
    public static string ForReset(PendingReset reset) => reset.Id;

    /// <summary>The stamp of an expired-password change: when the password was last set.</summary>
    public static string ForExpiredPassword(UserAccount user) =>
        "expired:" + (user.PasswordChangedAt?.UtcTicks ?? 0).ToString(CultureInfo.InvariantCulture);
}
