using System.Globalization;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Lockout;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.Audit;

/// <summary>
/// The changes an audit run makes in one company: it ends timed password locks that are due,
/// expires stale temporary passwords and disables accounts unused for the inactivity limit.
/// Each change is decided again on a fresh read of the account and written with its event by the
/// conditional update, so a second run, or one running at the same time, finds nothing left to do.
/// </summary>
public sealed partial class AuditMaintenance(
    IAuditIndex index,
    AccountUpdater updater,
    IOptions<AccountPolicyOptions> accountOptions,
    IOptions<AuditOptions> auditOptions,
    ILogger<AuditMaintenance> logger)
{
    /// <summary>The reason recorded when the audit disables an unused account.</summary>
    public const string InactivityReason = "inactivity";

    private readonly AccountPolicyOptions _accounts = accountOptions.Value;
    private readonly AuditOptions _audit = auditOptions.Value;

    /// <summary>
    /// Makes the changes that are due in <paramref name="companyId"/> at <paramref name="now"/>.
    /// <paramref name="locks"/> are the company's lock markers, already read for the report.
    /// </summary>
    public async Task<MaintenanceResult> RunAsync(string companyId, IReadOnlyList<LockMarker> locks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locks);

        var result = new MaintenanceResult();

        // Timed locks are a configuration option; without it a password lock holds until a reset.
        if (_accounts.TimedPasswordLockDuration is not null)
        {
            foreach (var marker in locks.Where(marker => marker.Kind == LockKind.Password && marker.LockedUntil <= now))
            {
                await ApplyAsync(result, AuditActionKind.TimedLockEnded, companyId, marker.UserId, EndTimedLock, cancellationToken);
            }
        }

        foreach (var marker in await index.ListExpiredResetsAsync(companyId, now, cancellationToken))
        {
            await ApplyAsync(result, AuditActionKind.TemporaryPasswordExpired, companyId, marker.UserId, (user, at) => ExpireTemporaryPassword(user, marker.ResetId, at), cancellationToken);
        }

        foreach (var userId in await index.ListInactiveUsersAsync(companyId, now - _audit.InactivityLimit, cancellationToken))
        {
            await ApplyAsync(result, AuditActionKind.AccountDisabled, companyId, userId, DisableUnused, cancellationToken);
        }

        return result;
    }

    private static (UserAccount, AccountEvent)? EndTimedLock(UserAccount user, DateTimeOffset now) =>
        PasswordLockout.TimedLockHasEnded(user, now) ? PasswordLockout.EndTimedLock(user, now) : null;

    /// <summary>
    /// Drops the encrypted copy of an expired temporary password, which can no longer be used, and
    /// marks the reset expired so that its marker goes. The account stays reset pending: only a new
    /// reset gives the user working identifiers again.
    /// </summary>
    private static (UserAccount, AccountEvent)? ExpireTemporaryPassword(UserAccount user, string resetId, DateTimeOffset now)
    {
        if (user.Reset is not { ExpiredAt: null } reset || reset.Id != resetId || reset.ExpiresAt > now)
        {
            return null;
        }

        var expired = user with { Reset = reset with { SealedTemporaryPassword = null, ExpiredAt = now } };
        var details = new Dictionary<string, string>
        {
            ["resetId"] = reset.Id,
            ["expiresAt"] = reset.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
        };
        return (expired, AccountEvents.BySystem(user, AccountEventTypes.TemporaryPasswordExpired, EventOutcome.Success, now, details: details));
    }

    /// <summary>Disables an account unused for the inactivity limit (PCI DSS v4.0 requirement 8.2.6); every session ends.</summary>
    private (UserAccount, AccountEvent)? DisableUnused(UserAccount user, DateTimeOffset now)
    {
        var lastActivity = AccountActivity.LastActivityAt(user);
        if (user.State == AccountState.Disabled || lastActivity > now - _audit.InactivityLimit)
        {
            return null;
        }

        var disabled = user with { State = AccountState.Disabled, StateChangedAt = now, Sessions = [] };
        var details = new Dictionary<string, string>
        {
            ["lastActivityAt"] = lastActivity.ToString("O", CultureInfo.InvariantCulture),
            ["inactivityLimitDays"] = _audit.InactivityLimit.TotalDays.ToString(CultureInfo.InvariantCulture),
        };
        return (disabled, AccountEvents.BySystem(user, AccountEventTypes.AccountDisabled, EventOutcome.Success, now, InactivityReason, details));
    }

    private async Task ApplyAsync(
        MaintenanceResult result,
        AuditActionKind kind,
        string companyId,
        string userId,
        Func<UserAccount, DateTimeOffset, (UserAccount Updated, AccountEvent Event)?> change,
        CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await updater.UpdateAsync<AuditAction?>(companyId, userId, (snapshot, now) =>
            {
                if (change(snapshot.User, now) is not { } decided)
                {
                    return AccountDecision<AuditAction?>.Answer(Result<AuditAction?>.Success(null));
                }

                var action = new AuditAction(kind, companyId, userId, now, decided.Event.Id);
                return AccountDecision<AuditAction?>.Commit(decided.Updated, [decided.Event], action);
            }, cancellationToken);

            if (outcome is { IsSuccess: true, Value: { } done })
            {
                result.Actions.Add(done);
                LogChanged(logger, kind, userId, companyId);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One account that cannot be changed must not stop the audit of the others; its marker
            // stays, so the next run tries it again.
            LogChangeFailed(logger, exception, kind, userId, companyId);
            result.Errors.Add(new AuditError(kind, companyId, userId, exception.GetType().Name));
        }
    }

    [LoggerMessage(EventId = LogEventIds.AuditAccountChanged, Level = LogLevel.Information, Message = "Unlock audit: {Action} for account {UserId} of company {CompanyId}")]
    private static partial void LogChanged(ILogger logger, AuditActionKind action, string userId, string companyId);

    [LoggerMessage(EventId = LogEventIds.AuditAccountChangeFailed, Level = LogLevel.Error, Message = "Unlock audit: {Action} failed for account {UserId} of company {CompanyId}")]
    private static partial void LogChangeFailed(ILogger logger, Exception exception, AuditActionKind action, string userId, string companyId);
}
