namespace MerchantAccess.Domain.Passwords;

/// <summary>The rules a new password must satisfy; a failure names each rule it broke.</summary>
public enum PasswordRule
{
    /// <summary>At least 12 characters (PCI DSS v4.0 requirement 8.3.6).</summary>
    MinimumLength,

    /// <summary>At most 128 characters, so hashing stays cheap for the server.</summary>
    MaximumLength,

    /// <summary>Both letters and digits (PCI DSS v4.0 requirement 8.3.6).</summary>
    LettersAndDigits,

    /// <summary>Not the login, compared after normalisation.</summary>
    NotLogin,

    /// <summary>Not one of the last four passwords (PCI DSS v4.0 requirement 8.3.7).</summary>
    NotRecent,

    /// <summary>Not the temporary password of the pending reset.</summary>
    NotTemporary,
}
