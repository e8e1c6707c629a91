namespace MerchantAccess.Domain.Accounts;

/// <summary>Who a user is for the platform.</summary>
public enum UserRole
{
    /// <summary>An employee of a merchant company.</summary>
    Merchant,

    /// <summary>An agent of the bank's merchant support, acting across companies.</summary>
    Support,
}
