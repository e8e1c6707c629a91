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
    IAccountStore store,
    AccountLookup lookup,
    ResetIssuer issuer,
    ISecretProtector protector,
    TimeProvider time,
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

        var target = found.Value.User;
        var credentials = issuer.Prepare(target.Id);
        var resetOrigin = actor.IsSupport ? ResetOrigin.Support : ResetOrigin.Administrator;
        var outcome = await OptimisticRetry.RunAsync(
            ct => AttemptAsync(actor, target, credentials, resetOrigin, origin, ct),
            cancellationToken);

        if (outcome.IsSuccess)
        {
            await issuer.QueueAsync(outcome.Value.User, credentials, cancellationToken);
            LogResetIssued(logger, target.Id, target.CompanyId, actor.UserId);
        }

        return outcome;
    }

    private async Task<Result<PasswordResetIssued>?> AttemptAsync(Actor actor, UserAccount target, ResetCredentials credentials, ResetOrigin resetOrigin, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(target.CompanyId, target.Id, cancellationToken);
        if (snapshot is null)
        {
            return Failure.Of(FailureCode.NotFound);
        }

        var user = snapshot.User;
        if (user.State == AccountState.CodeLocked && !actor.IsSupport)
        {
            LogResetRefused(logger, user.Id, "codeLocked");
            return new Failure(FailureCode.AccountLocked) { LockKind = LockKind.SecurityCode };
        }

        if (user.State == AccountState.Disabled)
        {
            LogResetRefused(logger, user.Id, "disabled");
            return Failure.Of(FailureCode.AccountDisabled);
        }

        var now = time.GetUtcNow();
        var events = new List<AccountEvent>
        {
            AccountEvents.ByActor(actor, user, AccountEventTypes.PasswordReset, EventOutcome.Success, now, origin),
        };
        if (user.Lock is { } kind)
        {
            events.Add(AccountEvents.ByActor(actor, user, AccountEventTypes.AccountUnlocked, EventOutcome.Success, now, origin, "passwordReset", AccountEvents.LockDetails(kind)));
        }

        var updated = issuer.Apply(user, credentials, resetOrigin, now);
        if (!await store.TryCommitAsync(new AccountChange(snapshot, updated, events), cancellationToken))
        {
            return null;
        }

        var code = protector.Unprotect(snapshot.Company.ProtectedSecurityCode, SecretPurposes.CompanySecurityCode(snapshot.Company.Id));
        return new PasswordResetIssued(updated, snapshot.Company, code);
    }

    [LoggerMessage(EventId = LogEventIds.PasswordResetIssued, Level = LogLevel.Information, Message = "Password of user {UserId} of company {CompanyId} reset by {ActorId}")]
    private static partial void LogResetIssued(ILogger logger, string userId, string companyId, string actorId);

    [LoggerMessage(EventId = LogEventIds.PasswordResetRefused, Level = LogLevel.Warning, Message = "Password reset of user {UserId} refused: {Reason}")]
    private static partial void LogResetRefused(ILogger logger, string userId, string reason);
}
