using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Lockout;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Passwords;

/// <summary>
/// A signed-in user changes their own password. A wrong current password counts towards the
/// lock like a wrong password at sign-in; a change ends every session, the current one included.
/// </summary>
public sealed partial class PasswordChangeService(
    AccountUpdater updater,
    IPasswordHasher hasher,
    PasswordPolicy policy,
    PasswordLockout lockout,
    IDeliveryQueue deliveries,
    ILogger<PasswordChangeService> logger)
{
    public async Task<Result<Unit>> ChangeAsync(Actor actor, string currentPassword, string newPassword, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(currentPassword);
        ArgumentNullException.ThrowIfNull(newPassword);

        var verifier = new VerificationCache(hasher, currentPassword);
        var change = new PasswordChangeAttempt(policy, hasher, newPassword);
        var outcome = await updater.UpdateAsync<UserAccount>(actor.CompanyId, actor.UserId, async (snapshot, now, ct) =>
        {
            if (snapshot.User.State != AccountState.Active)
            {
                return AccountDecision<UserAccount>.Answer(Failure.Of(FailureCode.Unauthorized));
            }

            if (await verifier.VerifyAsync(snapshot.User.PasswordHash, ct) == PasswordVerification.Failed)
            {
                var failure = lockout.RecordFailure(snapshot, origin, now);
                return AccountDecision<UserAccount>.Commit(failure.Updated, failure.Events, Failure.Of(FailureCode.InvalidCredentials));
            }

            var broken = await change.EvaluateAsync(snapshot.User, ct);
            if (broken.Count > 0)
            {
                return AccountDecision<UserAccount>.Answer(new Failure(FailureCode.PasswordPolicy) { FailedPasswordRules = broken });
            }

            var updated = await change.ApplyAsync(snapshot.User, now, ct) with { Sessions = [] };
            var changedEvent = AccountEvents.BySelf(snapshot.User, AccountEventTypes.PasswordChanged, EventOutcome.Success, now, origin, new Dictionary<string, string> { ["reason"] = PasswordChangedReasons.PasswordChanged });
            return AccountDecision<UserAccount>.Commit(updated, [changedEvent], updated);
        }, cancellationToken);

        if (!outcome.IsSuccess)
        {
            return outcome.Failure;
        }

        await deliveries.EnqueueAsync(DeliveryMessages.PasswordChanged(outcome.Value, PasswordChangedReasons.PasswordChanged, outcome.Value.PasswordChangedAt!.Value), cancellationToken);
        LogPasswordChanged(logger, actor.UserId);
        return Unit.Value;
    }

    [LoggerMessage(EventId = LogEventIds.OwnPasswordChanged, Level = LogLevel.Information, Message = "User {UserId} changed their password")]
    private static partial void LogPasswordChanged(ILogger logger, string userId);
}
