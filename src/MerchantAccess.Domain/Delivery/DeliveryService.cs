using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.Secrets;
using MerchantAccess.Domain.SelfService;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Delivery;

/// <summary>
/// Sends the messages of the delivery queue. Delivery is at least once, so handling a message again
/// must do no harm. A delivery already recorded as sent is not sent again, and a message for a
/// superseded reset sends nothing. Each transport also drops a second send with the same delivery
/// id, which covers a crash between the send and its record.
/// </summary>
public sealed partial class DeliveryService(
    IAccountStore store,
    ISecretProtector protector,
    IEmailSender email,
    ISmsSender sms,
    DeliveryRecorder recorder,
    SelfServiceResetService selfService,
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

        if (message.Kind == DeliveryKind.SelfServiceReset)
        {
            // No account is known before the request is matched, so there is no status to mark failed.
            await selfService.HandleAsync(message, cancellationToken);
            return;
        }

        try
        {
            await SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (isLastAttempt && exception is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, exception, message.DeliveryId, message.Kind, message.UserId);
            await recorder.RecordFailureAsync(message, cancellationToken);
            throw;
        }
    }

    private async Task SendAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        // The delivery id names outbox files and table keys, and becomes the provider's GUID.
        if (!Identifiers.IsWellFormed(message.DeliveryId))
        {
            throw new InvalidOperationException($"The delivery id of a {message.Kind} message is not {Identifiers.Length} lowercase hexadecimal characters.");
        }

        if (message.Kind == DeliveryKind.AuditSummary)
        {
            // AuditSummaryDelivery handles these; a summary routed here is a programming error.
            LogKindNotHandled(logger, message.DeliveryId, message.Kind);
            throw new NotSupportedException("Audit summary deliveries are handled by AuditSummaryDelivery, not by DeliveryService.");
        }

        var snapshot = await store.LoadAsync(message.CompanyId, message.UserId, cancellationToken);
        if (snapshot is null)
        {
            LogTargetMissing(logger, message.DeliveryId, message.UserId);
            return;
        }

        if (await store.IsDeliveryRecordedAsync(message.CompanyId, message.DeliveryId, cancellationToken))
        {
            LogAlreadyDone(logger, message.DeliveryId, message.UserId);
            return;
        }

        var sent = message.Kind switch
        {
            DeliveryKind.Credentials => await SendCredentialsAsync(message, snapshot, cancellationToken),
            DeliveryKind.SecurityCodeSms => await SendSecurityCodeAsync(message, snapshot, cancellationToken),
            DeliveryKind.PasswordChanged => await SendNoticeAsync(message, PasswordChangedNotice(message, snapshot), cancellationToken),
            DeliveryKind.EmailChanged => await SendNoticeAsync(message, EmailChangedNotice(message, snapshot), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(message), message.Kind, "Unknown delivery kind."),
        };

        if (!sent)
        {
            return;
        }

        await recorder.RecordSentAsync(message, cancellationToken);
        switch (message.Kind)
        {
            case DeliveryKind.Credentials:
                LogCredentialsDelivered(logger, message.DeliveryId, message.UserId);
                break;
            case DeliveryKind.SecurityCodeSms:
                LogSecurityCodeSmsDelivered(logger, message.DeliveryId, message.UserId);
                break;
            default:
                LogNoticeDelivered(logger, message.Kind, message.DeliveryId, message.UserId);
                break;
        }
    }

    private async Task<bool> SendCredentialsAsync(DeliveryMessage message, AccountSnapshot snapshot, CancellationToken cancellationToken)
    {
        var reset = snapshot.User.Reset;
        if (reset is null || reset.Id != message.ResetId)
        {
            // A newer reset replaced this one: its password no longer works, so it must not be sent.
            LogSuperseded(logger, message.DeliveryId, message.UserId);
            return false;
        }

        if (reset.SealedTemporaryPassword is null)
        {
            LogAlreadyDone(logger, message.DeliveryId, message.UserId);
            return false;
        }

        var temporaryPassword = protector.Unprotect(reset.SealedTemporaryPassword, SecretPurposes.TemporaryPassword(message.UserId, reset.Id));
        var rendered = EmailTemplates.Credentials(snapshot.User, snapshot.Company, temporaryPassword, reset.Origin, reset.ExpiresAt);
        await email.SendAsync(rendered, message.DeliveryId, cancellationToken);
        return true;
    }

    private async Task<bool> SendSecurityCodeAsync(DeliveryMessage message, AccountSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.User.State == AccountState.Disabled)
        {
            // The company security code must not reach someone removed from service since the request.
            LogTargetDisabled(logger, message.DeliveryId, message.UserId);
            return false;
        }

        var destination = message.PhoneNumber ?? snapshot.User.PhoneNumber
            ?? throw new InvalidOperationException($"Delivery {message.DeliveryId} names no phone number and user {message.UserId} has none.");
        var code = protector.Unprotect(snapshot.Company.ProtectedSecurityCode, SecretPurposes.CompanySecurityCode(snapshot.Company.Id));
        var rendered = SmsTemplates.SecurityCode(snapshot.User, snapshot.Company, code, destination);
        await sms.SendAsync(rendered, message.DeliveryId, message.RequestedAt ?? time.GetUtcNow(), cancellationToken);
        return true;
    }

    private async Task<bool> SendNoticeAsync(DeliveryMessage message, EmailMessage notice, CancellationToken cancellationToken)
    {
        await email.SendAsync(notice, message.DeliveryId, cancellationToken);
        return true;
    }

    private EmailMessage PasswordChangedNotice(DeliveryMessage message, AccountSnapshot snapshot)
    {
        var changedAt = snapshot.User.PasswordChangedAt ?? message.RequestedAt ?? time.GetUtcNow();
        return EmailTemplates.PasswordChanged(snapshot.User, snapshot.Company, message.Reason, changedAt);
    }

    private EmailMessage EmailChangedNotice(DeliveryMessage message, AccountSnapshot snapshot)
    {
        var formerEmail = message.FormerEmail
            ?? throw new InvalidOperationException($"Delivery {message.DeliveryId} of kind {message.Kind} names no former e-mail address.");
        return EmailTemplates.EmailChanged(snapshot.User, snapshot.Company, formerEmail, message.RequestedAt ?? time.GetUtcNow());
    }

    [LoggerMessage(EventId = LogEventIds.CredentialsDelivered, Level = LogLevel.Information, Message = "Credentials e-mail {DeliveryId} for user {UserId} sent")]
    private static partial void LogCredentialsDelivered(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.SecurityCodeSmsDelivered, Level = LogLevel.Information, Message = "Security code SMS {DeliveryId} for user {UserId} sent")]
    private static partial void LogSecurityCodeSmsDelivered(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.NotificationDelivered, Level = LogLevel.Information, Message = "{Kind} notice {DeliveryId} for user {UserId} sent")]
    private static partial void LogNoticeDelivered(ILogger logger, DeliveryKind kind, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliverySuperseded, Level = LogLevel.Information, Message = "Delivery {DeliveryId} for user {UserId} skipped: a newer reset replaced it")]
    private static partial void LogSuperseded(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryAlreadyDone, Level = LogLevel.Information, Message = "Delivery {DeliveryId} for user {UserId} skipped: already sent")]
    private static partial void LogAlreadyDone(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryFailed, Level = LogLevel.Error, Message = "Delivery {DeliveryId} ({Kind}) for user {UserId} failed on its last attempt")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string deliveryId, DeliveryKind kind, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryTargetMissing, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} skipped: user {UserId} not found")]
    private static partial void LogTargetMissing(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryTargetDisabled, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} skipped: user {UserId} is disabled")]
    private static partial void LogTargetDisabled(ILogger logger, string deliveryId, string userId);

    [LoggerMessage(EventId = LogEventIds.DeliveryKindNotHandled, Level = LogLevel.Error, Message = "Delivery {DeliveryId} of kind {Kind} cannot be handled yet")]
    private static partial void LogKindNotHandled(ILogger logger, string deliveryId, DeliveryKind kind);
}
