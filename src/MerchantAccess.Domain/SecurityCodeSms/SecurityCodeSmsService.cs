using System.Globalization;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Phones;
using MerchantAccess.Domain.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.SecurityCodeSms;

/// <summary>
/// Sends the company security code to a user by SMS, on the request of an administrator of the
/// user's company or of support. The code itself is read by the delivery function: neither the
/// account nor the queue message contains it.
/// </summary>
public sealed partial class SecurityCodeSmsService(
    IAccountStore store,
    AccountLookup lookup,
    IRateLimiter limiter,
    IDeliveryQueue deliveries,
    ISmsSender sms,
    IOptions<SmsOptions> options,
    TimeProvider time,
    ILogger<SecurityCodeSmsService> logger)
{
    /// <summary>Field of the request that names the destination number.</summary>
    public const string PhoneNumberField = "phoneNumber";

    /// <summary>The account has no number and none was typed.</summary>
    public const string NoPhoneNumberReason = "noPhoneNumberOnRecord";

    private static readonly TimeSpan LimitWindow = TimeSpan.FromHours(1);

    private readonly SmsOptions _options = options.Value;

    /// <summary>
    /// Queues the SMS for <paramref name="userId"/>. The target is found with the same rules as a
    /// reset (another company's user is not found); a disabled account is rejected, and so is a
    /// request over a limit of <see cref="SmsOptions"/>, with the time it may be retried.
    /// </summary>
    public async Task<Result<SecurityCodeSmsQueued>> RequestAsync(Actor actor, string userId, SecurityCodeSmsRequest request, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var found = await lookup.FindForManagementAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        var target = found.Value.User;
        if (target.State == AccountState.Disabled)
        {
            LogRejected(logger, target.Id, "disabled");
            return Failure.Of(FailureCode.AccountDisabled);
        }

        if (!sms.IsConfigured)
        {
            LogRejected(logger, target.Id, "smsNotConfigured");
            return Failure.Of(FailureCode.SmsUnavailable);
        }

        var destination = ResolveDestination(request, target);
        if (!destination.IsSuccess)
        {
            LogRejected(logger, target.Id, "phoneNumber");
            return destination.Failure;
        }

        var decision = await limiter.TryAcquireAsync(Rules(target, destination.Value), cancellationToken);
        if (!decision.IsAllowed)
        {
            LogRateLimited(logger, target.Id, target.CompanyId, actor.UserId);
            return new Failure(FailureCode.RateLimited) { RetryAfter = decision.RetryAfter };
        }

        var deliveryId = Identifiers.New();
        var outcome = await OptimisticRetry.RunAsync(
            ct => CommitAsync(actor, target, destination.Value, request.PhoneNumber is not null && request.SavePhoneNumber, deliveryId, origin, ct),
            cancellationToken);
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        // The request is committed before the message is queued. If queueing fails the caller gets
        // an error, DeliverySweepService later marks the SMS failed, and asking again sends it.
        var message = new DeliveryMessage(DeliveryKind.SecurityCodeSms, deliveryId, target.CompanyId, target.Id, ResetId: null)
        {
            PhoneNumber = destination.Value.E164,
            RequestedAt = outcome.Value.User.Delivery?.At,
        };
        await deliveries.EnqueueAsync(message, cancellationToken);
        LogQueued(logger, deliveryId, target.Id, target.CompanyId, actor.UserId);
        return outcome;
    }

    private static Result<MobileNumber> ResolveDestination(SecurityCodeSmsRequest request, UserAccount target)
    {
        if (!string.IsNullOrWhiteSpace(request.PhoneNumber))
        {
            return MobileNumberParser.Parse(request.PhoneNumber, PhoneNumberField);
        }

        if (request.SavePhoneNumber)
        {
            return Failure.Validation(new FieldError(PhoneNumberField, "required"));
        }

        return target.PhoneNumber is { } recorded
            ? MobileNumberParser.Parse(recorded, PhoneNumberField)
            : Failure.Validation(new FieldError(PhoneNumberField, NoPhoneNumberReason));
    }

    private RateLimitRule[] Rules(UserAccount target, MobileNumber destination) =>
    [
        new("sms-user", target.Id, _options.MaxPerUserPerHour, LimitWindow),
        new("sms-company", target.CompanyId, _options.MaxPerCompanyPerHour, LimitWindow),
        new("sms-number", destination.E164, _options.MaxPerNumberPerHour, LimitWindow),
    ];

    private async Task<Result<SecurityCodeSmsQueued>?> CommitAsync(Actor actor, UserAccount target, MobileNumber destination, bool save, string deliveryId, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(target.CompanyId, target.Id, cancellationToken);
        if (snapshot is null)
        {
            return Failure.Of(FailureCode.NotFound);
        }

        var user = snapshot.User;
        if (user.State == AccountState.Disabled)
        {
            return Failure.Of(FailureCode.AccountDisabled);
        }

        var now = time.GetUtcNow();
        var updated = user with
        {
            PhoneNumber = save ? destination.E164 : user.PhoneNumber,
            Delivery = new DeliveryStatus(deliveryId, DeliveryRecorder.SmsChannel, DeliveryState.Queued, now),
        };
        var details = new Dictionary<string, string>
        {
            ["deliveryId"] = deliveryId,
            ["channel"] = DeliveryRecorder.SmsChannel,
            // The last digits are enough to tell numbers apart in the history; the full number stays on the account only.
            ["phoneNumberEnding"] = destination.E164[^Math.Min(2, destination.E164.Length)..],
            ["phoneNumberSaved"] = save.ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        };
        var requested = AccountEvents.ByActor(actor, user, AccountEventTypes.SecurityCodeSmsRequested, EventOutcome.Success, now, origin, details: details);
        if (!await store.TryCommitAsync(new AccountChange(snapshot, updated, [requested]), cancellationToken))
        {
            return null;
        }

        return new SecurityCodeSmsQueued(updated, destination);
    }

    [LoggerMessage(EventId = LogEventIds.SecurityCodeSmsQueued, Level = LogLevel.Information, Message = "Security code SMS {DeliveryId} queued for user {UserId} of company {CompanyId} by {ActorId}")]
    private static partial void LogQueued(ILogger logger, string deliveryId, string userId, string companyId, string actorId);

    [LoggerMessage(EventId = LogEventIds.SecurityCodeSmsRateLimited, Level = LogLevel.Warning, Message = "Security code SMS for user {UserId} of company {CompanyId} requested by {ActorId} rejected: rate limit reached")]
    private static partial void LogRateLimited(ILogger logger, string userId, string companyId, string actorId);

    [LoggerMessage(EventId = LogEventIds.SecurityCodeSmsRejected, Level = LogLevel.Warning, Message = "Security code SMS for user {UserId} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string userId, string reason);
}
