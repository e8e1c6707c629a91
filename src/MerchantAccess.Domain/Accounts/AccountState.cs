namespace MerchantAccess.Domain.Accounts;

/// <summary>The lifecycle state of a user account.</summary>
public enum AccountState
{
    /// <summary>Signs in with the user's own password.</summary>
    Active,

    /// <summary>
    /// A reset was issued: the temporary password, then the company security code, then a new
    /// password are required.
    /// </summary>
    ResetPending,

    /// <summary>Too many wrong passwords; lifted by a reset, the self-service flow or support.</summary>
    PasswordLocked,

    /// <summary>Too many wrong company security codes; lifted by merchant support only.</summary>
    CodeLocked,

    /// <summary>Removed from service.</summary>
    Disabled,
}
