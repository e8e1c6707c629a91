using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Secrets;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.PasswordReset;

/// <summary>
/// The reset an administrator or support agent issues for a user: the current password stops
/// working at once, every session ends, and new credentials are e-mailed.
/// </summary>
public sealed partial class PasswordResetService(
    AccountLookup lookup,
    AccountUpdater updater,
    ResetIssuer issuer,
    ISecretProtector protector,
    ILogger<PasswordResetService> logger)
{
    /// <summary>
    /// Resets the password of <paramref name="userId"/>. A password-locked account is unlocked by
    /// the reset; a code-locked one may be reset by support only.
    /// </summary>
    public async Task<Result<PasswordResetIssued>> ResetAsync(Actor actor, string userId, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var found = await lookup.FindForManagementAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        var credentials = await issuer.PrepareAsync(userId, cancellationToken);
        var resetOrigin = actor.IsSupport ? ResetOrigin.Support : ResetOrigin.Administrator;
        var outcome = await updater.UpdateAsync<PasswordResetIssued>(found.Value, (snapshot, now) =>
        {
            var user = snapshot.User;
            if (user.State == AccountState.CodeLocked && !actor.IsSupport)
            {
                return AccountDecision<PasswordResetIssued>.Answer(new Failure(FailureCode.AccountLocked) { LockKind = LockKind.SecurityCode });
            }

            if (user.State == AccountState.Disabled)
            {
                return AccountDecision<PasswordResetIssued>.Answer(Failure.Of(FailureCode.AccountDisabled));
            }

            var events = new List<AccountEvent>
            {
                AccountEvents.ByActor(actor, user, AccountEventTypes.PasswordReset, EventOutcome.Success, now, origin),
            };
            if (user.Lock is { } kind)
            {
                events.Add(AccountEvents.ByActor(actor, user, AccountEventTypes.AccountUnlocked, EventOutcome.Success, now, origin, "passwordReset", AccountEvents.LockDetails(kind)));
            }

            var updated = issuer.Apply(user, credentials, resetOrigin, now);
            var code = protector.Unprotect(snapshot.Company.ProtectedSecurityCode, SecretPurposes.CompanySecurityCode(snapshot.Company.Id));
            return AccountDecision<PasswordResetIssued>.Commit(updated, events, new PasswordResetIssued(updated, snapshot.Company, code));
        }, cancellationToken);

        if (!outcome.IsSuccess)
        {
            LogResetRefused(logger, userId, outcome.Failure.Code);
            return outcome;
        }

        await issuer.QueueAsync(outcome.Value.User, credentials, cancellationToken);
        LogResetIssued(logger, userId, outcome.Value.User.CompanyId, actor.UserId);
        return outcome;
    }

    [LoggerMessage(EventId = LogEventIds.PasswordResetIssued, Level = LogLevel.Information, Message = "Password of user {UserId} of company {CompanyId} reset by {ActorId}")]
    private static partial void LogResetIssued(ILogger logger, string userId, string companyId, string actorId);

    [LoggerMessage(EventId = LogEventIds.PasswordResetRefused, Level = LogLevel.Warning, Message = "Password reset of user {UserId} refused: {Reason}")]
    private static partial void LogResetRefused(ILogger logger, string userId, FailureCode reason);
}
