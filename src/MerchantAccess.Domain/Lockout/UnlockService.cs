using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.PasswordReset;
using MerchantAccess.Domain.Secrets;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Lockout;

/// <summary>
/// Merchant support lifts a code lock or a password lock, with a stated reason. A new reset
/// follows, so the user proves their identity again with new identifiers and the company code.
/// </summary>
public sealed partial class UnlockService(
    AccountLookup lookup,
    AccountUpdater updater,
    ResetIssuer issuer,
    ISecretProtector protector,
    ILogger<UnlockService> logger)
{
    public const int MaxReasonLength = 500;

    public async Task<Result<PasswordResetIssued>> UnlockAsync(Actor actor, string userId, string? reason, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var found = await lookup.FindForManagementAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        if (!actor.IsSupport)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Failure.Validation(new FieldError("reason", "required"));
        }

        if (reason.Length > MaxReasonLength)
        {
            return Failure.Validation(new FieldError("reason", "tooLong", MaxReasonLength));
        }

        var statedReason = reason.Trim();
        var credentials = await issuer.PrepareAsync(userId, cancellationToken);
        var outcome = await updater.UpdateAsync<PasswordResetIssued>(found.Value, (snapshot, now) =>
        {
            if (snapshot.User.Lock is not { } kind)
            {
                return AccountDecision<PasswordResetIssued>.Answer(Failure.Conflict(ConflictReason.NotLocked));
            }

            var unlocked = issuer.Apply(snapshot.User, credentials, ResetOrigin.SupportUnlock, now);
            var events = new[]
            {
                AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.AccountUnlocked, EventOutcome.Success, now, origin, statedReason, AccountEvents.LockDetails(kind)),
                AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.PasswordReset, EventOutcome.Success, now, origin),
            };
            var code = protector.Unprotect(snapshot.Company.ProtectedSecurityCode, SecretPurposes.CompanySecurityCode(snapshot.Company.Id));
            return AccountDecision<PasswordResetIssued>.Commit(unlocked, events, new PasswordResetIssued(unlocked, snapshot.Company, code));
        }, cancellationToken);

        if (outcome.IsSuccess)
        {
            await issuer.QueueAsync(outcome.Value.User, credentials, cancellationToken);
            LogUnlocked(logger, userId, actor.UserId);
        }

        return outcome;
    }

    [LoggerMessage(EventId = LogEventIds.AccountUnlocked, Level = LogLevel.Information, Message = "Account {UserId} unlocked by support agent {ActorId}")]
    private static partial void LogUnlocked(ILogger logger, string userId, string actorId);
}
