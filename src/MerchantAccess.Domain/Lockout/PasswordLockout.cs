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
}
