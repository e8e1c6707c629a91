namespace MerchantAccess.Domain.Common;

/// <summary>
/// Why a request conflicts with the account's state, so that the problem detail can say what is wrong
/// instead of asking to reload and try again.
/// </summary>
public enum ConflictReason
{
    /// <summary>An unlock of an account that is not locked.</summary>
    NotLocked,

    /// <summary>A reactivation of an account that is not disabled.</summary>
    NotDisabled,

    /// <summary>A change of permissions on a support account, which has every permission.</summary>
    SupportAccount,
}
