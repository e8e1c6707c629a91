namespace MerchantAccess.Domain.Accounts;

/// <summary>Where the last credentials e-mail or security-code SMS of a user stands.</summary>
public enum DeliveryState
{
    Queued,
    Sent,
    Failed,
}
