using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Functions.Users;

/// <summary>Where the last credentials e-mail or security-code SMS stands, and since when.</summary>
public sealed record DeliveryStatusResource(string Status, string Channel, DateTimeOffset At)
{
    public static DeliveryStatusResource From(DeliveryStatus delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);

        var status = delivery.State switch
        {
            DeliveryState.Queued => "queued",
            DeliveryState.Sent => "sent",
            _ => "failed",
        };
        return new DeliveryStatusResource(status, delivery.Channel, delivery.At);
    }
}
