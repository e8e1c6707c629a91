using Azure.Storage.Queues;
using MerchantAccess.Domain.Delivery;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Queues;

/// <summary>
/// <see cref="IDeliveryQueue"/> on Azure Queue Storage. Messages are base64 encoded, the
/// encoding the Functions queue trigger expects by default.
/// </summary>
public sealed class StorageDeliveryQueue(QueueServiceClient service, IOptions<DeliveryQueueOptions> options) : IDeliveryQueue
{
    private readonly QueueClient _queue = service.GetQueueClient(options.Value.QueueName);

    public async Task EnqueueAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        await _queue.SendMessageAsync(DeliveryMessageSerializer.Serialize(message), cancellationToken);
    }

    /// <summary>Creates the queue when it does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }
}
