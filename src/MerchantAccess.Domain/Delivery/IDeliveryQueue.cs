namespace MerchantAccess.Domain.Delivery;

/// <summary>Hands messages to the queue-triggered delivery function.</summary>
public interface IDeliveryQueue
{
    Task EnqueueAsync(DeliveryMessage message, CancellationToken cancellationToken);
}
