namespace MerchantAccess.Domain.Common;

/// <summary>
/// The cause of a conflict with the account's state, so that the problem detail states it instead
/// of asking to reload and try again.
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
