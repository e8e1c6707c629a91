namespace MerchantAccess.Domain.FirstConnection;

/// <summary>Why sign-in asks for a new password.</summary>
public enum PasswordChangeReason
{
    /// <summary>The first connection after a reset or an account creation.</summary>
    FirstConnection,

    /// <summary>The password is older than the maximum age.</summary>
    PasswordExpired,
}
