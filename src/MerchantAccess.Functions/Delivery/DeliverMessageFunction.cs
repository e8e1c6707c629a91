using System.Text.Json;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Infrastructure.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Functions.Delivery;

/// <summary>
/// The queue-triggered delivery of e-mails and SMS. A failure is thrown back to the host, which
/// retries the message and, after <see cref="HostJsonSettings.MaxDequeueCount"/> attempts, moves it
/// to the poison queue; before that last throw the user's delivery status is set to failed.
/// </summary>
public sealed partial class DeliverMessageFunction(DeliveryService deliveries, AuditSummaryDelivery auditSummaries, HostJsonSettings host, ILogger<DeliverMessageFunction> logger)
{
    [Function(nameof(DeliverMessage))]
    public async Task DeliverMessage(
        [QueueTrigger("%" + DeliveryQueueOptions.QueueNameSetting + "%", Connection = "AzureWebJobsStorage")] string message,
        long dequeueCount,
        CancellationToken cancellationToken)
    {
        DeliveryMessage parsed;
        try
        {
            parsed = DeliveryMessageSerializer.Deserialize(message);
        }
        catch (JsonException exception)
        {
            // Retrying cannot fix it; it goes to the poison queue for an operator to read.
            LogUnreadableMessage(logger, exception, dequeueCount);
            throw;
        }

        var isLastAttempt = dequeueCount >= host.MaxDequeueCount;
        if (parsed.Kind == DeliveryKind.AuditSummary)
        {
            // The summary is read from the stored report, not from an account, so it has a
            // handler of its own. Both handlers send through the same e-mail transport.
            await auditSummaries.DeliverAsync(parsed, isLastAttempt, cancellationToken);
            return;
        }

        await deliveries.DeliverAsync(parsed, isLastAttempt, cancellationToken);
    }

    [LoggerMessage(EventId = LogEventIds.UnreadableDeliveryMessage, Level = LogLevel.Error, Message = "A delivery message could not be read (attempt {DequeueCount})")]
    private static partial void LogUnreadableMessage(ILogger logger, Exception exception, long dequeueCount);
}
