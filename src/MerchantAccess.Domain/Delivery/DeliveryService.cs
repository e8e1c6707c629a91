using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.Secrets;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Delivery;

/// <summary>
/// Sends what the delivery queue asks for. Delivery is at least once, so handling a message again
/// must do no harm: a message for a superseded reset sends nothing, and credentials already
/// accepted by the provider are not sent a second time.
/// </summary>
public sealed partial class DeliveryService(
    IAccountStore store,
    ISecretProtector protector,
    IEmailSender email,
    TimeProvider time,
    ILogger<DeliveryService> logger)
{
    /// <summary>
    /// Handles one queued message. Throws when the transport fails, so that the queue retries it;
    /// on the <paramref name="isLastAttempt"/> the account's delivery status becomes failed first.
    /// </summary>
    public async Task DeliverAsync(DeliveryMessage message, bool isLastAttempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        try
        {
            await SendCredentialsAsync(message, cancellationToken);
        }
        catch (Exception exception) when (isLastAttempt && exception is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, exception, message.DeliveryId, message.UserId);
            await RecordFailureAsync(message, cancellationToken);
            throw;
        }
    }

    private async Task SendCredentialsAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(message.CompanyId, message.UserId, cancellationToken);
        if (snapshot is null)
        {
            LogTargetMissing(logger, message.DeliveryId, message.UserId);
            return;
        }

        var reset = snapshot.User.Reset;
        if (reset is null || reset.Id != message.ResetId)
        {
            // A newer reset replaced this one: its password no longer works, so it must not be sent.
            LogSuperseded(logger, message.DeliveryId, message.UserId);
            return;
        }

        if (reset.SealedTemporaryPassword is null)
        {
            LogAlreadyDone(logger, message.DeliveryId, message.UserId);
            return;
        }

        var temporaryPassword = protector.Unprotect(reset.SealedTemporaryPassword, SecretPurposes.TemporaryPassword(message.UserId, reset.Id));
        var rendered = EmailTemplates.Credentials(snapshot.User, snapshot.Company, temporaryPassword, reset.ExpiresAt);
        await email.SendAsync(rendered, message.DeliveryId, cancellationToken);

        await OptimisticRetry.RunAsync(ct => RecordSentAsync(message, ct), cancellationToken);
        LogDelivered(logger, message.DeliveryId, message.UserId);
    }

    /// <summary>Marks the delivery sent and drops the sealed password, which is no longer needed.</summary>
    private async Task<Unit?> RecordSentAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(message.CompanyId, message.UserId, cancellationToken);
        if (snapshot?.User.Reset is not { } reset || reset.Id != message.ResetId)
        {
            return Unit.Value;
        }

        var now = time.GetUtcNow();
        var user = snapshot.User;
        var updated = user with
        {
            Reset = reset with { SealedTemporaryPassword = null },
            Delivery = user.Delivery?.DeliveryId == message.DeliveryId
                ? user.Delivery with { State = DeliveryState.Sent, At = now }
                : user.Delivery,
        };
        var sent = AccountEvents.BySystem(user, AccountEventTypes.CredentialsSent, EventOutcome.Success, now, details: DeliveryDetails(message));
        return await store.TryCommitAsync(new AccountChange(snapshot, updated, [sent]), cancellationToken) ? Unit.Value : null;
    }

    private async Task RecordFailureAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        await OptimisticRetry.RunAsync(
            async ct =>
            {
                var snapshot = await store.LoadAsync(message.CompanyId, message.UserId, ct);
                if (snapshot is null)
                {
                    return Unit.Value;
                }

                var now = time.GetUtcNow();
                var user = snapshot.User;
                var updated = user.Delivery?.DeliveryId == message.DeliveryId
                    ? user with { Delivery = user.Delivery with { State = DeliveryState.Failed, At = now } }
                    : user;
                var failed = AccountEvents.BySystem(user, AccountEventTypes.CredentialsDeliveryFailed, EventOutcome.Failure, now, details: DeliveryDetails(message));
                return await store.TryCommitAsync(new AccountChange(snapshot, updated, [failed]), ct) ? Unit.Value : (Unit?)null;
            },
            cancellationToken);
    }

    private static Dictionary<string, string> DeliveryDetails(DeliveryMessage message) => new()
    {
        ["deliveryId"] = message.DeliveryId,
        ["channel"] = "email",
    };

    [LoggerMessage(EventId = LogEventIds.CredentialsDelivered, Level = LogLevel.Information, Message = "Credentials e-mail {DeliveryId} for user {UserId} sent")]
    private static partial void LogDelivered(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliverySuperseded, Level = LogLevel.Information, Message = "Delivery {DeliveryId} for user {UserId} skipped: a newer reset replaced it")]
    private static partial void LogSuperseded(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryAlreadyDone, Level = LogLevel.Information, Message = "Delivery {DeliveryId} for user {UserId} skipped: already sent")]
    private static partial void LogAlreadyDone(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryFailed, Level = LogLevel.Error, Message = "Delivery {DeliveryId} for user {UserId} failed on its last attempt")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryTargetMissing, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} skipped: user {UserId} not found")]
    private static partial void LogTargetMissing(ILogger logger, string deliveryId, string userId);
}
