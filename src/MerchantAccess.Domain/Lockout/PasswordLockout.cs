using System.Globalization;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.Lockout;

/// <summary>
/// Counts wrong passwords, at sign-in and when a signed-in user changes their password, towards
/// the lock of <see cref="AccountPolicyOptions.MaxFailedPasswords"/> consecutive failures.
/// </summary>
public sealed class PasswordLockout(IOptions<AccountPolicyOptions> options)
{
    private readonly AccountPolicyOptions _options = options.Value;

    /// <summary>
    /// Builds the change that records one more wrong password on <paramref name="snapshot"/>: the
    /// counter goes up, and at the threshold the account locks and every session ends (PCI DSS
    /// v4.0 requirement 8.3.4). The caller commits it and retries on a conflict.
    /// </summary>
    public AccountChange RecordFailure(AccountSnapshot snapshot, RequestOrigin origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        var user = snapshot.User;
        var failures = user.FailedPasswordCount + 1;
        var details = new Dictionary<string, string> { ["attempt"] = failures.ToString(CultureInfo.InvariantCulture) };
        var events = new List<AccountEvent>
        {
            AccountEvents.BySelf(user, AccountEventTypes.SignInFailed, EventOutcome.Failure, now, origin, details),
        };

        if (failures < _options.MaxFailedPasswords)
        {
            return new AccountChange(snapshot, user with { FailedPasswordCount = failures }, events);
        }

        var locked = user with
        {
            State = AccountState.PasswordLocked,
            StateChangedAt = now,
            FailedPasswordCount = failures,
            PasswordLockedUntil = now + _options.TimedPasswordLockDuration,
            Sessions = [],
        };
        events.Add(AccountEvents.BySelf(user, AccountEventTypes.AccountLocked, EventOutcome.Success, now, origin, AccountEvents.LockDetails(LockKind.Password)));
        return new AccountChange(snapshot, locked, events);
    }

    /// <summary>
    /// Returns whether <paramref name="user"/> holds a timed password lock whose end has passed
    /// at <paramref name="now"/>.
    /// </summary>
    public static bool TimedLockHasEnded(UserAccount user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);

        return user.State == AccountState.PasswordLocked && user.PasswordLockedUntil is { } until && until <= now;
    }

    /// <summary>
    /// Ends a timed password lock whose time has passed: the account returns to the state it had
    /// before (active, or reset pending when a reset is open) and the platform records the unlock.
    /// Both sign-in and the unlock audit end such locks, whichever comes first.
    /// </summary>
    public static (UserAccount Unlocked, AccountEvent Event) EndTimedLock(UserAccount user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);

        var unlocked = user with
        {
            State = user.Reset is null ? AccountState.Active : AccountState.ResetPending,
            StateChangedAt = now,
            FailedPasswordCount = 0,
            PasswordLockedUntil = null,
        };
        var unlockedEvent = AccountEvents.BySystem(user, AccountEventTypes.AccountUnlocked, EventOutcome.Success, now, TimedLockExpiredReason, AccountEvents.LockDetails(LockKind.Password));
        return (unlocked, unlockedEvent);
    }

    /// <summary>The reason recorded with the unlock when a timed password lock ends.</summary>
    public const string TimedLockExpiredReason = "timedLockExpired";
}
