using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Delivery;

/// <summary>
/// Finds the credentials e-mails and security-code SMS still marked queued long after they were
/// requested, which happens when the request was committed but its queue message was never
/// written. A lost credentials e-mail is queued again, because the reset already took the user's
/// own password away. A lost SMS, or an e-mail still unsent after <see cref="GiveUpAfter"/>, is
/// marked failed, so the administrator finds it on the user page and requests it again.
/// </summary>
public sealed partial class DeliverySweepService(
    IAccountStore store,
    IDeliveryQueue queue,
    DeliveryRecorder recorder,
    TimeProvider time,
    ILogger<DeliverySweepService> logger)
{
    /// <summary>
    /// How long a delivery may stay queued before the sweep acts on it. With the 5 attempts 5 seconds
    /// apart of host.json, a message usually ends within a minute, so a delivery still queued after
    /// this most likely has no message left. Queuing a message that still exists again does no
    /// harm, because a delivery id sends once.
    /// </summary>
    public static readonly TimeSpan RequeueAfter = TimeSpan.FromMinutes(10);

    /// <summary>How long the sweep keeps queuing a credentials e-mail again before it marks it failed.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(1);

    /// <summary>Sweeps every company once, and returns what was done.</summary>
    public async Task<DeliverySweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var outcomes = new List<SweepOutcome>();
        foreach (var company in await store.ListCompaniesAsync(cancellationToken))
        {
            foreach (var queued in await store.ListQueuedDeliveriesAsync(company.Id, now - RequeueAfter, cancellationToken))
            {
                try
                {
                    outcomes.Add(await SweepAsync(queued, now, cancellationToken));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One account must not stop the sweep of the others. The next run tries it again.
                    LogSweepFailed(logger, exception, queued.DeliveryId, queued.UserId, queued.CompanyId);
                    outcomes.Add(SweepOutcome.Error);
                }
            }
        }

        var result = new DeliverySweepResult(
            outcomes.Count(outcome => outcome == SweepOutcome.Requeued),
            outcomes.Count(outcome => outcome == SweepOutcome.Abandoned),
            outcomes.Count(outcome => outcome == SweepOutcome.Error));
        LogSweepFinished(logger, result.Requeued, result.Abandoned, result.Errors);
        return result;
    }

    private async Task<SweepOutcome> SweepAsync(QueuedDelivery queued, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(queued.CompanyId, queued.UserId, cancellationToken);
        if (snapshot?.User is not { Delivery: { State: DeliveryState.Queued } status } user || status.DeliveryId != queued.DeliveryId)
        {
            // The delivery ended, or a newer one replaced it, since the marker was read.
            return SweepOutcome.None;
        }

        var isEmail = status.Channel != DeliveryRecorder.SmsChannel;
        var message = new DeliveryMessage(
            isEmail ? DeliveryKind.Credentials : DeliveryKind.SecurityCodeSms,
            status.DeliveryId,
            user.CompanyId,
            user.Id,
            isEmail ? user.Reset?.Id : null)
        {
            RequestedAt = isEmail ? user.Reset?.IssuedAt : status.At,
        };

        // An SMS is not sent again: its number is not kept unless saved, and the code it carries
        // was requested during a conversation that is over by now.
        var canResend = isEmail && user.Reset is { SealedTemporaryPassword: not null } && now - status.At < GiveUpAfter;
        if (canResend)
        {
            await queue.EnqueueAsync(message, cancellationToken);
            LogRequeued(logger, status.DeliveryId, user.Id, user.CompanyId, status.At);
            return SweepOutcome.Requeued;
        }

        await recorder.RecordFailureAsync(message, cancellationToken);
        LogAbandoned(logger, status.DeliveryId, message.Kind, user.Id, user.CompanyId, status.At);
        return SweepOutcome.Abandoned;
    }

    [LoggerMessage(EventId = LogEventIds.DeliveryRequeued, Level = LogLevel.Warning, Message = "Credentials e-mail {DeliveryId} for user {UserId} of company {CompanyId}, queued at {QueuedAt}, was still unsent and is queued again")]
    private static partial void LogRequeued(ILogger logger, string deliveryId, string userId, string companyId, DateTimeOffset queuedAt);

    [LoggerMessage(EventId = LogEventIds.DeliveryAbandoned, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} ({Kind}) for user {UserId} of company {CompanyId}, queued at {QueuedAt}, was never sent and is marked failed")]
    private static partial void LogAbandoned(ILogger logger, string deliveryId, DeliveryKind kind, string userId, string companyId, DateTimeOffset queuedAt);

    [LoggerMessage(EventId = LogEventIds.DeliverySweepFailed, Level = LogLevel.Error, Message = "Delivery sweep of {DeliveryId} for user {UserId} of company {CompanyId} failed, and the next run tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception, string deliveryId, string userId, string companyId);

    [LoggerMessage(EventId = LogEventIds.DeliverySweepFinished, Level = LogLevel.Information, Message = "Delivery sweep finished: {Requeued} queued again, {Abandoned} marked failed, {Errors} error(s)")]
    private static partial void LogSweepFinished(ILogger logger, int requeued, int abandoned, int errors);

    private enum SweepOutcome
    {
        None,
        Requeued,
        Abandoned,
        Error,
    }
}
