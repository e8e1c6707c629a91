namespace MerchantAccess.Domain.Accounts;

/// <summary>What started a password reset.</summary>
public enum ResetOrigin
{
    Administrator,
    Support,
    SelfService,
    AccountCreation,
    SupportUnlock,
    Reactivation,
}
