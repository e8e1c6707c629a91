using System.Collections.Concurrent;
using MerchantAccess.Domain.Delivery;

namespace MerchantAccess.Domain.Tests.Fakes;

/// <summary>A delivery queue that keeps what is queued, for checking which notices a flow sends.</summary>
public sealed class RecordingDeliveryQueue : IDeliveryQueue
{
    private readonly ConcurrentQueue<DeliveryMessage> _messages = new();

    public IReadOnlyCollection<DeliveryMessage> Messages => _messages;

    public Task EnqueueAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }
}
