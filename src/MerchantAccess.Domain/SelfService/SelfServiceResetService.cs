using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Logins;
using MerchantAccess.Domain.PasswordReset;
using MerchantAccess.Domain.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.SelfService;

/// <summary>
/// The "forgotten password or locked account" flow. The request only checks the rate limits and
/// queues the login and e-mail. The delivery function then matches them, and when they match an
/// account that is neither code locked nor disabled, it issues the same reset as an
/// administrator's. So the response is the same, in the same time, whether or not anything matches.
/// </summary>
public sealed partial class SelfServiceResetService(
    IAccountStore store,
    AccountUpdater updater,
    ResetIssuer issuer,
    IRateLimiter limiter,
    IDeliveryQueue deliveries,
    IOptions<SelfServiceOptions> options,
    TimeProvider time,
    ILogger<SelfServiceResetService> logger)
{
    public const int MaxLoginLength = 256;
    public const int MaxEmailLength = 254;

    private readonly SelfServiceOptions _options = options.Value;

    /// <summary>Accepts a request. A request over a limit is accepted alike and queues nothing.</summary>
    public async Task RequestAsync(string login, string email, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(origin);

        var normalizedLogin = LoginNormalizer.Normalize(login);
        RateLimitRule[] rules =
        [
            new("forgotten-password-login", normalizedLogin, _options.MaxPerLoginPerHour, TimeSpan.FromHours(1)),
            new("forgotten-password-address", origin.ClientAddress ?? "unknown", _options.MaxPerAddressPerMinute, TimeSpan.FromMinutes(1)),
        ];
        var decision = await limiter.TryAcquireAsync(rules, cancellationToken);
        if (!decision.IsAllowed)
        {
            LogLimited(logger, origin.ClientAddress);
            return;
        }

        var message = new DeliveryMessage(DeliveryKind.SelfServiceReset, Identifiers.New(), "", "", null)
        {
            Login = login.Trim(),
            Email = email.Trim(),
            ClientAddress = origin.ClientAddress,
            RequestedAt = time.GetUtcNow(),
        };
        await deliveries.EnqueueAsync(message, cancellationToken);
    }

    /// <summary>
    /// Checks a queued request and issues the reset when it matches. The reset takes the request's
    /// delivery id as its id, so a message handled twice issues one reset and sends one e-mail.
    /// </summary>
    public async Task HandleAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var entry = await store.FindByLoginAsync(LoginNormalizer.Normalize(message.Login ?? ""), cancellationToken);
        if (entry is null)
        {
            LogIgnored(logger, message.DeliveryId, "unknownLogin");
            return;
        }

        var origin = new RequestOrigin(message.ClientAddress);
        var credentials = await issuer.PrepareAsync(entry.UserId, cancellationToken, resetId: message.DeliveryId);
        var outcome = await updater.UpdateAsync<UserAccount?>(entry.CompanyId, entry.UserId, (snapshot, now) =>
        {
            var user = snapshot.User;
            if (user.Reset?.Id == message.DeliveryId)
            {
                // This request was already turned into a reset. Its e-mail is queued again while
                // not yet sent, because the handling that committed the reset may have failed
                // before queueing it. The delivery function sends one e-mail per delivery id.
                var unsent = user.Reset.SealedTemporaryPassword is not null
                    && user.Delivery is { Channel: DeliveryRecorder.EmailChannel, State: DeliveryState.Queued };
                return AccountDecision<UserAccount?>.Answer(unsent ? user : null);
            }

            var refusal = Refusal(user, message.Email);
            if (refusal is not null)
            {
                var refused = AccountEvents.BySelf(user, AccountEventTypes.SelfServiceResetRequested, EventOutcome.Refused, now, origin, new Dictionary<string, string> { ["reason"] = refusal });
                return AccountDecision<UserAccount?>.Commit(user, [refused], (UserAccount?)null);
            }

            var events = new List<AccountEvent>
            {
                AccountEvents.BySelf(user, AccountEventTypes.SelfServiceResetRequested, EventOutcome.Success, now, origin),
                AccountEvents.BySelf(user, AccountEventTypes.PasswordReset, EventOutcome.Success, now, origin, new Dictionary<string, string> { ["origin"] = "selfService" }),
            };
            if (user.Lock is { } kind)
            {
                var unlocked = AccountEvents.BySelf(user, AccountEventTypes.AccountUnlocked, EventOutcome.Success, now, origin, AccountEvents.LockDetails(kind)) with { Reason = "selfServiceReset" };
                events.Add(unlocked);
            }

            var reset = issuer.Apply(user, credentials, ResetOrigin.SelfService, now);
            return AccountDecision<UserAccount?>.Commit(reset, events, reset);
        }, cancellationToken);

        if (outcome is { IsSuccess: true, Value: { } user })
        {
            // The credentials of the committed reset, which an earlier handling may have made.
            var committed = credentials with { DeliveryId = user.Delivery!.DeliveryId };
            await issuer.QueueAsync(user, committed, cancellationToken);
            LogIssued(logger, user.Id, user.CompanyId);
        }
        else
        {
            LogIgnored(logger, message.DeliveryId, outcome.IsSuccess ? "noMatch" : outcome.Failure.Code.ToString());
        }
    }

    /// <summary>Returns why the request cannot reset <paramref name="user"/>, or <c>null</c> when it can.</summary>
    private static string? Refusal(UserAccount user, string? email)
    {
        if (!string.Equals(user.Email.Trim(), email?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return "emailMismatch";
        }

        return user.State switch
        {
            // A code lock is lifted by merchant support only, after checking who is asking.
            AccountState.CodeLocked => "codeLocked",
            AccountState.Disabled => "disabled",
            _ => null,
        };
    }

    [LoggerMessage(EventId = LogEventIds.SelfServiceResetIssued, Level = LogLevel.Information, Message = "Self-service reset issued for user {UserId} of company {CompanyId}")]
    private static partial void LogIssued(ILogger logger, string userId, string companyId);

    [LoggerMessage(EventId = LogEventIds.SelfServiceResetIgnored, Level = LogLevel.Information, Message = "Self-service request {DeliveryId} issued no reset: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string deliveryId, string reason);

    [LoggerMessage(EventId = LogEventIds.SelfServiceRequestLimited, Level = LogLevel.Warning, Message = "Self-service request from {ClientAddress} over a rate limit; nothing queued")]
    private static partial void LogLimited(ILogger logger, string? clientAddress);
}
