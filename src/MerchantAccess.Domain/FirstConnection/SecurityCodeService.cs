using System.Globalization;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Secrets;
using MerchantAccess.Domain.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.FirstConnection;

/// <summary>
/// The company security code step of a first connection. Three wrong entries against one reset
/// lock the account until merchant support unlocks it.
/// </summary>
public sealed partial class SecurityCodeService(
    IAccountStore store,
    ISecretProtector protector,
    ITokenService tokens,
    TimeProvider time,
    IOptions<AccountPolicyOptions> options,
    ILogger<SecurityCodeService> logger)
{
    private readonly AccountPolicyOptions _options = options.Value;

    /// <summary>
    /// Checks the code entered with a security-code challenge. Every wrong entry is counted with a
    /// write conditional on the version read, so concurrent requests cannot count past the limit,
    /// and none can get a guess, right or wrong, past the lock.
    /// </summary>
    public async Task<Result<SignInStep>> VerifyAsync(string challengeToken, string securityCode, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challengeToken);
        ArgumentNullException.ThrowIfNull(securityCode);

        var claims = await tokens.ValidateChallengeAsync(challengeToken, ChallengeStep.SecurityCode);
        if (claims is null)
        {
            LogChallengeRejected(logger, "invalidToken");
            return Failure.Of(FailureCode.InvalidChallenge);
        }

        return await OptimisticRetry.RunAsync(
            ct => AttemptAsync(claims, securityCode, origin, ct),
            cancellationToken);
    }

    private async Task<Result<SignInStep>?> AttemptAsync(ChallengeClaims claims, string securityCode, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(claims.CompanyId, claims.UserId, cancellationToken);
        var user = snapshot?.User;
        if (snapshot is null || user is null || user.Reset?.Id != claims.Stamp)
        {
            LogChallengeRejected(logger, "staleChallenge");
            return Failure.Of(FailureCode.InvalidChallenge);
        }

        var now = time.GetUtcNow();
        if (user.State != AccountState.ResetPending)
        {
            return await RefuseAsync(user, origin, now, cancellationToken);
        }

        var reset = user.Reset;
        if (reset.SecurityCodeVerifiedAt is not null || reset.ExpiresAt <= now)
        {
            // The step already succeeded, or the temporary password expired: this challenge is spent.
            LogChallengeRejected(logger, "stepClosed");
            return Failure.Of(FailureCode.InvalidChallenge);
        }

        var expected = protector.Unprotect(snapshot.Company.ProtectedSecurityCode, SecretPurposes.CompanySecurityCode(snapshot.Company.Id));
        return SecurityCodes.Matches(expected, securityCode)
            ? await AcceptAsync(snapshot, reset, origin, now, cancellationToken)
            : await CountWrongCodeAsync(snapshot, reset, origin, now, cancellationToken);
    }

    private async Task<Result<SignInStep>?> AcceptAsync(AccountSnapshot snapshot, PendingReset reset, RequestOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = snapshot.User;
        var updated = user with { Reset = reset with { SecurityCodeVerifiedAt = now } };
        var verified = AccountEvents.BySelf(user, AccountEventTypes.SecurityCodeVerified, EventOutcome.Success, now, origin);
        if (!await store.TryCommitAsync(new AccountChange(snapshot, updated, [verified]), cancellationToken))
        {
            return null;
        }

        LogSecurityCodeVerified(logger, user.Id);
        var challenge = tokens.IssueChallenge(
            new ChallengeClaims(user.Id, user.CompanyId, ChallengeStep.NewPassword, ChallengeStamps.ForReset(reset)),
            now + _options.ChallengeLifetime);
        return SignInStep.PasswordChangeRequired(challenge, PasswordChangeReason.FirstConnection);
    }

    private async Task<Result<SignInStep>?> CountWrongCodeAsync(AccountSnapshot snapshot, PendingReset reset, RequestOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = snapshot.User;
        var failures = reset.SecurityCodeFailures + 1;
        var remaining = AccountPolicyOptions.MaxSecurityCodeFailures - failures;
        var details = new Dictionary<string, string> { ["attempt"] = failures.ToString(CultureInfo.InvariantCulture) };
        var events = new List<AccountEvent>
        {
            AccountEvents.BySelf(user, AccountEventTypes.SecurityCodeFailed, EventOutcome.Failure, now, origin, details),
        };

        var updated = user with { Reset = reset with { SecurityCodeFailures = failures } };
        if (remaining == 0)
        {
            updated = updated with { State = AccountState.CodeLocked, StateChangedAt = now, Sessions = [] };
            events.Add(AccountEvents.BySelf(user, AccountEventTypes.AccountLocked, EventOutcome.Success, now, origin, AccountEvents.LockDetails(LockKind.SecurityCode)));
        }

        if (!await store.TryCommitAsync(new AccountChange(snapshot, updated, events), cancellationToken))
        {
            return null;
        }

        LogSecurityCodeFailed(logger, user.Id, failures);
        if (remaining > 0)
        {
            return new Failure(FailureCode.InvalidSecurityCode) { AttemptsRemaining = remaining };
        }

        SignInService.LogAccountLocked(logger, user.Id, user.CompanyId, LockKind.SecurityCode);
        return new Failure(FailureCode.AccountLocked) { LockKind = LockKind.SecurityCode, AttemptsRemaining = 0 };
    }

    /// <summary>Refuses a challenge holder whose account is locked or disabled, recording the attempt.</summary>
    private async Task<Result<SignInStep>?> RefuseAsync(UserAccount user, RequestOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (user.State == AccountState.Active)
        {
            // The first connection was completed with another challenge of the same reset.
            LogChallengeRejected(logger, "stepClosed");
            return Failure.Of(FailureCode.InvalidChallenge);
        }

        var refused = AccountEvents.BySelf(user, AccountEventTypes.SignInRefused, EventOutcome.Refused, now, origin, new Dictionary<string, string> { ["step"] = "securityCode" });
        await store.AppendEventsAsync([refused], cancellationToken);
        return user.Lock is { } kind
            ? new Failure(FailureCode.AccountLocked) { LockKind = kind, AttemptsRemaining = kind == LockKind.SecurityCode ? 0 : null }
            : Failure.Of(FailureCode.AccountDisabled);
    }

    [LoggerMessage(EventId = LogEventIds.SecurityCodeVerified, Level = LogLevel.Information, Message = "Security code verified for user {UserId}")]
    private static partial void LogSecurityCodeVerified(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEventIds.SecurityCodeFailed, Level = LogLevel.Warning, Message = "Wrong security code for user {UserId}, attempt {Attempt}")]
    private static partial void LogSecurityCodeFailed(ILogger logger, string userId, int attempt);

    [LoggerMessage(EventId = LogEventIds.ChallengeRejected, Level = LogLevel.Warning, Message = "Challenge rejected: {Reason}")]
    internal static partial void LogChallengeRejected(ILogger logger, string reason);
}
