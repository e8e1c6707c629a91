using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using MerchantAccess.Functions;
using MerchantAccess.LocalHost.Catalog;
using MerchantAccess.LocalHost.Invocation;
using MerchantAccess.Infrastructure.Storage;

namespace MerchantAccess.LocalHost.Triggers;

/// <summary>
/// Polls the queue of one queue-triggered function with the semantics of the Functions host: base64
/// messages, a retry after <see cref="HostJsonSettings.VisibilityTimeout"/> when the function throws,
/// and after <see cref="HostJsonSettings.MaxDequeueCount"/> attempts a move to <c>&lt;queue&gt;-poison</c>.
/// An empty queue is polled again after a delay that doubles from 100 ms up to
/// <see cref="HostJsonSettings.MaxPollingInterval"/>.
/// </summary>
public sealed partial class QueueTriggerListener(
    FunctionDescriptor function,
    FunctionInvoker invoker,
    IConfiguration configuration,
    HostJsonSettings host,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    /// <summary>How long a message stays invisible to other consumers while the function runs.</summary>
    private static readonly TimeSpan ProcessingVisibility = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ReleaseRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxReleaseRetryDelay = TimeSpan.FromSeconds(5);

    public string QueueName { get; } = SettingExpressions.Resolve(function.QueueName!, configuration);

    public string PoisonQueueName => QueueName + "-poison";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Messages are read raw and decoded here, so that a message that is not base64 counts as a
        // failed attempt and ends in the poison queue, as on the Functions host.
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var service = StorageConnection.CreateQueueServiceClient(configuration, options);
        var queue = service.GetQueueClient(QueueName);
        var poison = service.GetQueueClient(PoisonQueueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        LogListening(logger, function.Name, QueueName);

        var delay = MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(host.BatchSize, ProcessingVisibility, stoppingToken)).Value;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception, QueueName);
                messages = [];
            }

            if (messages.Length == 0)
            {
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, host.MaxPollingInterval.Ticks));
                continue;
            }

            delay = MinPollingInterval;
            await Task.WhenAll(messages.Select(message => ProcessAsync(queue, poison, message, stoppingToken)));
        }
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
            await invoker.InvokeAsync(function, new InvocationInput
            {
                TriggerValue = text,
                BindingData = BindingData(message),
                CancellationToken = stoppingToken,
            });
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogInvocationFailed(logger, exception, function.Name, message.MessageId, message.DequeueCount);
            await ReleaseAsync(queue, poison, message, stoppingToken);
        }
    }

    /// <summary>
    /// Makes a failed message visible again, or moves it to the poison queue, trying again while
    /// storage cannot be reached. Otherwise the message would stay hidden for the whole processing
    /// visibility, and Azurite does not deliver such a message again when that ends.
    /// </summary>
    private async Task ReleaseAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        var deadline = DateTimeOffset.UtcNow + ProcessingVisibility;
        var delay = ReleaseRetryDelay;
        var copiedToPoison = false;
        while (true)
        {
            try
            {
                if (message.DequeueCount >= host.MaxDequeueCount)
                {
                    // A copy already in the poison queue is not sent twice when only the delete failed.
                    if (!copiedToPoison)
                    {
                        await poison.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
                        await poison.SendMessageAsync(message.MessageText, CancellationToken.None);
                        copiedToPoison = true;
                    }

                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
                    LogMovedToPoison(logger, message.MessageId, PoisonQueueName);
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: host.VisibilityTimeout, cancellationToken: CancellationToken.None);
                }

                return;
            }
            catch (Exception exception)
            {
                LogReleaseFailed(logger, exception, message.MessageId);
            }

            if (stoppingToken.IsCancellationRequested || DateTimeOffset.UtcNow + delay >= deadline)
            {
                return;
            }

            await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReleaseRetryDelay.Ticks));
        }
    }

    private static Dictionary<string, object?> BindingData(QueueMessage message) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = message.MessageId,
        ["dequeueCount"] = message.DequeueCount,
        ["popReceipt"] = message.PopReceipt,
        ["insertionTime"] = message.InsertedOn,
        ["expirationTime"] = message.ExpiresOn,
        ["nextVisibleTime"] = message.NextVisibleOn,
    };

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Function {FunctionName} listens to queue {QueueName}")]
    private static partial void LogListening(ILogger logger, string functionName, string queueName);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Polling queue {QueueName} failed; polling again")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string queueName);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Function {FunctionName} failed on message {MessageId} (attempt {DequeueCount})")]
    private static partial void LogInvocationFailed(ILogger logger, Exception exception, string functionName, string messageId, long dequeueCount);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Message {MessageId} moved to {PoisonQueueName}")]
    private static partial void LogMovedToPoison(ILogger logger, string messageId, string poisonQueueName);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Error, Message = "Releasing message {MessageId} for a retry failed; trying again while its processing visibility lasts")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string messageId);
}
