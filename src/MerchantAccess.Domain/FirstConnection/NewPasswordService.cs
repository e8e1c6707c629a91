using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.FirstConnection;

/// <summary>
/// The new-password step: ends a first connection, or renews an expired password, and opens a
/// session. No session is issued before this step succeeds (PCI DSS v4.0 requirement 8.3.5).
/// </summary>
public sealed partial class NewPasswordService(
    IAccountStore store,
    IPasswordHasher hasher,
    PasswordPolicy policy,
    ITokenService tokens,
    SessionOpener sessions,
    IDeliveryQueue deliveries,
    TimeProvider time,
    IOptions<AccountPolicyOptions> options,
    ILogger<NewPasswordService> logger)
{
    private readonly AccountPolicyOptions _options = options.Value;

    /// <summary>
    /// Sets the password chosen with a new-password challenge. A password the policy rejects
    /// leaves the challenge valid for another try.
    /// </summary>
    public async Task<Result<SignInStep>> SetAsync(string challengeToken, string newPassword, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challengeToken);
        ArgumentNullException.ThrowIfNull(newPassword);

        var claims = await tokens.ValidateChallengeAsync(challengeToken, ChallengeStep.NewPassword);
        if (claims is null)
        {
            SecurityCodeService.LogChallengeRejected(logger, "invalidToken");
            return Failure.Of(FailureCode.InvalidChallenge);
        }

        var change = new PasswordChangeAttempt(policy, hasher, newPassword);
        return await OptimisticRetry.RunAsync(
            ct => AttemptAsync(claims, change, origin, ct),
            cancellationToken);
    }

    private async Task<Result<SignInStep>?> AttemptAsync(ChallengeClaims claims, PasswordChangeAttempt change, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(claims.CompanyId, claims.UserId, cancellationToken);
        if (snapshot is null)
        {
            return Failure.Of(FailureCode.InvalidChallenge);
        }

        var user = snapshot.User;
        var now = time.GetUtcNow();
        if (!ChallengeStillOpen(user, claims, now))
        {
            SecurityCodeService.LogChallengeRejected(logger, "stepClosed");
            return user.Lock is { } kind && user.Reset?.Id == claims.Stamp
                ? new Failure(FailureCode.AccountLocked) { LockKind = kind }
                : Failure.Of(FailureCode.InvalidChallenge);
        }

        var broken = await change.EvaluateAsync(user, cancellationToken);
        if (broken.Count > 0)
        {
            LogPasswordRejected(logger, user.Id, string.Join(',', broken));
            return new Failure(FailureCode.PasswordPolicy) { FailedPasswordRules = broken };
        }

        var updated = await change.ApplyAsync(user, now, cancellationToken) with { LastSignInAt = now };
        var (withSession, token) = sessions.Open(updated, now);
        var reason = user.State == AccountState.ResetPending ? PasswordChangedReasons.FirstConnection : PasswordChangedReasons.PasswordExpired;
        var events = new List<AccountEvent>
        {
            AccountEvents.BySelf(user, AccountEventTypes.PasswordChanged, EventOutcome.Success, now, origin, new Dictionary<string, string> { ["reason"] = reason }),
            AccountEvents.BySelf(user, AccountEventTypes.SignInSucceeded, EventOutcome.Success, now, origin),
        };
        if (!await store.TryCommitAsync(new AccountChange(snapshot, withSession, events), cancellationToken))
        {
            return null;
        }

        await deliveries.EnqueueAsync(DeliveryMessages.PasswordChanged(withSession, reason, now), cancellationToken);
        LogPasswordChanged(logger, user.Id, user.CompanyId);
        return SignInStep.Authenticated(token);
    }

    private bool ChallengeStillOpen(UserAccount user, ChallengeClaims claims, DateTimeOffset now) => user.State switch
    {
        AccountState.ResetPending => user.Reset is { SecurityCodeVerifiedAt: not null } reset
            && reset.Id == claims.Stamp
            && reset.ExpiresAt > now,
        AccountState.Active => ChallengeStamps.ForExpiredPassword(user) == claims.Stamp
            && user.PasswordChangedAt is { } changedAt
            && now - changedAt >= _options.PasswordMaxAge,
        _ => false,
    };

    [LoggerMessage(EventId = LogEventIds.PasswordChanged, Level = LogLevel.Information, Message = "Password of user {UserId} of company {CompanyId} changed")]
    private static partial void LogPasswordChanged(ILogger logger, string userId, string companyId);

    [LoggerMessage(EventId = LogEventIds.PasswordRejectedByPolicy, Level = LogLevel.Warning, Message = "New password of user {UserId} rejected by rules {Rules}")]
    private static partial void LogPasswordRejected(ILogger logger, string userId, string rules);
}
