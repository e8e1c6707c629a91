using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Lockout;
using MerchantAccess.Domain.Logins;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.FirstConnection;

/// <summary>
/// The password step of sign-in. It opens a session, or hands a challenge for the security-code
/// or new-password step, and counts wrong passwords towards the lock.
/// </summary>
public sealed partial class SignInService(
    IAccountStore store,
    IPasswordHasher hasher,
    ITokenService tokens,
    SessionOpener sessions,
    PasswordLockout lockout,
    TimeProvider time,
    IOptions<AccountPolicyOptions> options,
    ILogger<SignInService> logger)
{
    // Well formed, but not an account: Identifiers.New draws 128 random bits, so all zeros never comes up in practice.
    private const string AbsentId = "00000000000000000000000000000000";

    private readonly AccountPolicyOptions _options = options.Value;

    /// <summary>
    /// Checks a login and password. A wrong password, an unknown login, and a wrong password on a
    /// locked or disabled account all get <see cref="FailureCode.InvalidCredentials"/>; only a
    /// caller who gave the right password learns that the account is locked or disabled.
    /// </summary>
    public async Task<Result<SignInStep>> SignInAsync(string login, string password, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(password);

        var entry = await store.FindByLoginAsync(LoginNormalizer.Normalize(login), cancellationToken);
        if (entry is null)
        {
            // Spend what a known login spends, so the response time does not reveal that the login
            // is unknown: a read of an account, a hash check, and a storage round trip where a known
            // login writes its event. The reads name no account, so they find nothing.
            await store.LoadAsync(AbsentId, AbsentId, cancellationToken);
            await hasher.VerifyNothingAsync(password, cancellationToken);
            await store.IsDeliveryRecordedAsync(AbsentId, AbsentId, cancellationToken);
            LogSignInFailed(logger, null, "unknownLogin");
            return Failure.Of(FailureCode.InvalidCredentials);
        }

        var verifier = new VerificationCache(hasher, password);
        return await OptimisticRetry.RunAsync(
            ct => AttemptAsync(entry, verifier, origin, ct),
            cancellationToken);
    }

    private async Task<Result<SignInStep>?> AttemptAsync(DirectoryEntry entry, VerificationCache verifier, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(entry.CompanyId, entry.UserId, cancellationToken);
        if (snapshot is null)
        {
            await verifier.VerifyAsync(null, cancellationToken);
            return Failure.Of(FailureCode.InvalidCredentials);
        }

        var now = time.GetUtcNow();
        var user = snapshot.User;
        if (PasswordLockout.TimedLockHasEnded(user, now))
        {
            return await EndTimedLockAsync(snapshot, now, cancellationToken);
        }

        return user.State switch
        {
            AccountState.Active => await CheckOwnPasswordAsync(snapshot, verifier, origin, now, cancellationToken),
            AccountState.ResetPending => await CheckTemporaryPasswordAsync(snapshot, verifier, origin, now, cancellationToken),
            _ => await RefuseAsync(snapshot, verifier, origin, now, cancellationToken),
        };
    }

    private async Task<Result<SignInStep>?> CheckOwnPasswordAsync(AccountSnapshot snapshot, VerificationCache verifier, RequestOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = snapshot.User;
        var verification = await verifier.VerifyAsync(user.PasswordHash, cancellationToken);
        if (verification == PasswordVerification.Failed)
        {
            return await CountWrongPasswordAsync(snapshot, origin, now, cancellationToken);
        }

        var updated = user with { FailedPasswordCount = 0 };
        if (verification == PasswordVerification.SuccessRehashNeeded)
        {
            // Move the stored hash to the hasher's current parameters while the plaintext is at hand.
            var rehashed = await verifier.RehashAsync(cancellationToken);
            updated = updated with { PasswordHash = rehashed, PasswordHistory = [rehashed, .. user.PasswordHistory.Skip(1)] };
        }

        if (user.PasswordChangedAt is { } changedAt && now - changedAt >= _options.PasswordMaxAge)
        {
            var challenge = IssueChallenge(user, ChallengeStep.NewPassword, ChallengeStamps.ForExpiredPassword(user), now);
            var step = SignInStep.PasswordChangeRequired(challenge, PasswordChangeReason.PasswordExpired);
            return await CommitIfChangedAsync(snapshot, updated, [], step, cancellationToken);
        }

        var (withSession, token) = sessions.Open(updated with { LastSignInAt = now }, now);
        var succeeded = AccountEvents.BySelf(user, AccountEventTypes.SignInSucceeded, EventOutcome.Success, now, origin);
        if (!await store.TryCommitAsync(new AccountChange(snapshot, withSession, [succeeded]), cancellationToken))
        {
            return null;
        }

        LogSignInSucceeded(logger, user.Id, user.CompanyId);
        return SignInStep.Authenticated(token);
    }

    private async Task<Result<SignInStep>?> CheckTemporaryPasswordAsync(AccountSnapshot snapshot, VerificationCache verifier, RequestOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = snapshot.User;
        var reset = user.Reset!;
        if (reset.ExpiresAt <= now)
        {
            // An expired temporary password no longer works; only a new reset helps, so wrong
            // guesses against it are not counted either.
            await verifier.VerifyAsync(null, cancellationToken);
            var expired = AccountEvents.BySelf(user, AccountEventTypes.SignInFailed, EventOutcome.Failure, now, origin, Reason("temporaryPasswordExpired"));
            await store.AppendEventsAsync([expired], cancellationToken);
            LogSignInFailed(logger, user.Id, "temporaryPasswordExpired");
            return Failure.Of(FailureCode.InvalidCredentials);
        }

        if (await verifier.VerifyAsync(reset.TemporaryPasswordHash, cancellationToken) == PasswordVerification.Failed)
        {
            return await CountWrongPasswordAsync(snapshot, origin, now, cancellationToken);
        }

        var updated = user with { FailedPasswordCount = 0 };
        var stamp = ChallengeStamps.ForReset(reset);
        var step = reset.SecurityCodeVerifiedAt is null
            ? SignInStep.SecurityCodeRequired(
                IssueChallenge(user, ChallengeStep.SecurityCode, stamp, now),
                AccountPolicyOptions.MaxSecurityCodeFailures - reset.SecurityCodeFailures)
            : SignInStep.PasswordChangeRequired(
                IssueChallenge(user, ChallengeStep.NewPassword, stamp, now),
                PasswordChangeReason.FirstConnection);

        return await CommitIfChangedAsync(snapshot, updated, [], step, cancellationToken);
    }

    /// <summary>Answers an attempt on a locked or disabled account, revealing why only to the holder of the password.</summary>
    private async Task<Result<SignInStep>?> RefuseAsync(AccountSnapshot snapshot, VerificationCache verifier, RequestOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = snapshot.User;

        // The credential in force is the own password, or the temporary one while a reset is open.
        var hash = user.PasswordHash ?? user.Reset?.TemporaryPasswordHash;
        if (await verifier.VerifyAsync(hash, cancellationToken) == PasswordVerification.Failed)
        {
            var failed = AccountEvents.BySelf(user, AccountEventTypes.SignInFailed, EventOutcome.Failure, now, origin, Reason(StateReason(user.State)));
            await store.AppendEventsAsync([failed], cancellationToken);
            LogSignInFailed(logger, user.Id, StateReason(user.State));
            return Failure.Of(FailureCode.InvalidCredentials);
        }

        var refused = AccountEvents.BySelf(user, AccountEventTypes.SignInRefused, EventOutcome.Refused, now, origin, Reason(StateReason(user.State)));
        await store.AppendEventsAsync([refused], cancellationToken);
        LogSignInRefused(logger, user.Id, StateReason(user.State));
        return user.Lock is { } kind
            ? new Failure(FailureCode.AccountLocked) { LockKind = kind }
            : Failure.Of(FailureCode.AccountDisabled);
    }

    private async Task<Result<SignInStep>?> CountWrongPasswordAsync(AccountSnapshot snapshot, RequestOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var change = lockout.RecordFailure(snapshot, origin, now);
        if (!await store.TryCommitAsync(change, cancellationToken))
        {
            return null;
        }

        var user = snapshot.User;
        LogSignInFailed(logger, user.Id, "wrongPassword");
        if (change.Updated.State == AccountState.PasswordLocked)
        {
            LogAccountLocked(logger, user.Id, user.CompanyId, LockKind.Password);
        }

        return Failure.Of(FailureCode.InvalidCredentials);
    }

    private async Task<Result<SignInStep>?> EndTimedLockAsync(AccountSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = snapshot.User;
        var (unlocked, unlockedEvent) = PasswordLockout.EndTimedLock(user, now);
        if (await store.TryCommitAsync(new AccountChange(snapshot, unlocked, [unlockedEvent]), cancellationToken))
        {
            LogTimedLockExpired(logger, user.Id);
        }

        // Evaluate the attempt again against the unlocked account.
        return null;
    }

    private async Task<Result<SignInStep>?> CommitIfChangedAsync(AccountSnapshot snapshot, UserAccount updated, IReadOnlyList<AccountEvent> events, SignInStep step, CancellationToken cancellationToken)
    {
        if (updated != snapshot.User && !await store.TryCommitAsync(new AccountChange(snapshot, updated, events), cancellationToken))
        {
            return null;
        }

        return step;
    }

    private IssuedToken IssueChallenge(UserAccount user, ChallengeStep step, string stamp, DateTimeOffset now) =>
        tokens.IssueChallenge(new ChallengeClaims(user.Id, user.CompanyId, step, stamp), now + _options.ChallengeLifetime);

    private static Dictionary<string, string> Reason(string reason) => new() { ["reason"] = reason };

    private static string StateReason(AccountState state) => state switch
    {
        AccountState.PasswordLocked => "passwordLocked",
        AccountState.CodeLocked => "codeLocked",
        AccountState.Disabled => "disabled",
        _ => state.ToString(),
    };

    [LoggerMessage(EventId = LogEventIds.SignInSucceeded, Level = LogLevel.Information, Message = "User {UserId} of company {CompanyId} signed in")]
    private static partial void LogSignInSucceeded(ILogger logger, string userId, string companyId);

    [LoggerMessage(EventId = LogEventIds.SignInFailed, Level = LogLevel.Warning, Message = "Sign-in failed for user {UserId}: {Reason}")]
    private static partial void LogSignInFailed(ILogger logger, string? userId, string reason);

    [LoggerMessage(EventId = LogEventIds.SignInRefused, Level = LogLevel.Warning, Message = "Sign-in refused for user {UserId}: {Reason}")]
    private static partial void LogSignInRefused(ILogger logger, string userId, string reason);

    [LoggerMessage(EventId = LogEventIds.AccountLocked, Level = LogLevel.Information, Message = "Account {UserId} of company {CompanyId} locked: {LockKind}")]
    internal static partial void LogAccountLocked(ILogger logger, string userId, string companyId, LockKind lockKind);

    [LoggerMessage(EventId = LogEventIds.TimedLockExpired, Level = LogLevel.Information, Message = "Timed password lock of account {UserId} expired")]
    private static partial void LogTimedLockExpired(ILogger logger, string userId);
}
