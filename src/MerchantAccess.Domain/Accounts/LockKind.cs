namespace MerchantAccess.Domain.Accounts;

/// <summary>Why an account is locked.</summary>
public enum LockKind
{
    /// <summary>Too many wrong passwords.</summary>
    Password,

    /// <summary>Too many wrong company security codes.</summary>
    SecurityCode,
}
