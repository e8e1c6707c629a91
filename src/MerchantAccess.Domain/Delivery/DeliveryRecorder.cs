using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Delivery;

/// <summary>
/// Records the outcome of a delivery on the account: the delivery status, when it is the one the
/// account shows, and an account event. A success is recorded once per delivery id, however many
/// times its message is handled.
/// </summary>
public sealed class DeliveryRecorder(IAccountStore store, TimeProvider time)
{
    /// <summary>The <see cref="DeliveryStatus.Channel"/> of e-mails.</summary>
    public const string EmailChannel = "email";

    /// <summary>The <see cref="DeliveryStatus.Channel"/> of SMS.</summary>
    public const string SmsChannel = "sms";

    /// <summary>
    /// Marks <paramref name="message"/> sent. Credentials also lose their sealed temporary
    /// password, which is no longer needed once the provider accepted the e-mail.
    /// </summary>
    public Task RecordSentAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        return OptimisticRetry.RunAsync(
            async ct =>
            {
                var snapshot = await store.LoadAsync(message.CompanyId, message.UserId, ct);
                if (snapshot is null || await store.IsDeliveryRecordedAsync(message.CompanyId, message.DeliveryId, ct))
                {
                    return Unit.Value;
                }

                var now = time.GetUtcNow();
                var user = snapshot.User;
                var updated = user with
                {
                    Reset = message.Kind == DeliveryKind.Credentials && user.Reset is { } reset && reset.Id == message.ResetId
                        ? reset with { SealedTemporaryPassword = null }
                        : user.Reset,
                    Delivery = WithState(user.Delivery, message, DeliveryState.Sent, now),
                };
                var sent = AccountEvents.BySystem(user, SentEventType(message.Kind), EventOutcome.Success, now, details: Details(message));
                var change = new AccountChange(snapshot, updated, [sent]) { CompletedDeliveryId = message.DeliveryId };
                return await store.TryCommitAsync(change, ct) ? Unit.Value : (Unit?)null;
            },
            cancellationToken);
    }

    /// <summary>Marks <paramref name="message"/> failed, after its last attempt.</summary>
    public Task RecordFailureAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        return OptimisticRetry.RunAsync(
            async ct =>
            {
                var snapshot = await store.LoadAsync(message.CompanyId, message.UserId, ct);
                if (snapshot is null)
                {
                    return Unit.Value;
                }

                var now = time.GetUtcNow();
                var user = snapshot.User;
                var updated = user with { Delivery = WithState(user.Delivery, message, DeliveryState.Failed, now) };
                var failed = AccountEvents.BySystem(user, FailedEventType(message.Kind), EventOutcome.Failure, now, details: Details(message));
                return await store.TryCommitAsync(new AccountChange(snapshot, updated, [failed]), ct) ? Unit.Value : (Unit?)null;
            },
            cancellationToken);
    }

    /// <summary>The channel a kind of delivery uses.</summary>
    public static string ChannelOf(DeliveryKind kind) => kind == DeliveryKind.SecurityCodeSms ? SmsChannel : EmailChannel;

    /// <summary>
    /// The status with <paramref name="state"/> when it is the status of <paramref name="message"/>;
    /// a status that a newer delivery replaced is left as it is.
    /// </summary>
    private static DeliveryStatus? WithState(DeliveryStatus? status, DeliveryMessage message, DeliveryState state, DateTimeOffset at) =>
        status?.DeliveryId == message.DeliveryId ? status with { State = state, At = at } : status;

    private static string SentEventType(DeliveryKind kind) => kind switch
    {
        DeliveryKind.Credentials => AccountEventTypes.CredentialsSent,
        DeliveryKind.SecurityCodeSms => AccountEventTypes.SecurityCodeSmsSent,
        _ => AccountEventTypes.NotificationSent,
    };

    private static string FailedEventType(DeliveryKind kind) => kind switch
    {
        DeliveryKind.Credentials => AccountEventTypes.CredentialsDeliveryFailed,
        DeliveryKind.SecurityCodeSms => AccountEventTypes.SecurityCodeSmsDeliveryFailed,
        _ => AccountEventTypes.NotificationDeliveryFailed,
    };

    private static Dictionary<string, string> Details(DeliveryMessage message)
    {
        var details = new Dictionary<string, string>
        {
            ["deliveryId"] = message.DeliveryId,
            ["channel"] = ChannelOf(message.Kind),
        };
        if (message.Kind is DeliveryKind.PasswordChanged or DeliveryKind.EmailChanged)
        {
            details["notice"] = message.Kind == DeliveryKind.PasswordChanged ? "passwordChanged" : "emailChanged";
        }

        if (message.Reason is { } reason)
        {
            details["reason"] = reason;
        }

        return details;
    }
}
