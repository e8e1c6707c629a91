namespace MerchantAccess.Domain.Passwords;

/// <summary>The result of checking a password against a stored hash.</summary>
public enum PasswordVerification
{
    Failed,
    Success,

    /// <summary>The password is right but the hash uses outdated parameters and should be replaced.</summary>
    SuccessRehashNeeded,
}
