namespace MerchantAccess.Domain.Delivery;

/// <summary>What a queued delivery sends.</summary>
public enum DeliveryKind
{
    /// <summary>The login and temporary password after a reset or an account creation.</summary>
    Credentials,
}
