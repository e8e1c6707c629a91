using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Passwords;

/// <summary>
/// One request to set a new password. It evaluates the policy and hashes the password at most
/// once per distinct account state, so optimistic retries stay cheap.
/// </summary>
public sealed class PasswordChangeAttempt(PasswordPolicy policy, IPasswordHasher hasher, string newPassword)
{
    private (UserAccount User, IReadOnlyList<PasswordRule> Broken)? _evaluation;
    private string? _hash;

    /// <summary>Returns the rules the new password breaks for <paramref name="user"/>.</summary>
    public async Task<IReadOnlyList<PasswordRule>> EvaluateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        if (_evaluation is { } cached && SameCredentials(cached.User, user))
        {
            return cached.Broken;
        }

        var broken = await policy.EvaluateAsync(newPassword, user, cancellationToken);
        _evaluation = (user, broken);
        return broken;
    }

    /// <summary>
    /// Returns <paramref name="user"/> with the new password in force: the pending reset cleared,
    /// the history extended, failure counters at zero and the account active.
    /// </summary>
    public async Task<UserAccount> ApplyAsync(UserAccount user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _hash ??= await hasher.HashAsync(newPassword, cancellationToken);
        return user with
        {
            PasswordHash = _hash,
            PasswordChangedAt = now,
            PasswordHistory = [_hash, .. user.PasswordHistory.Take(PasswordPolicy.HistoryDepth - 1)],
            FailedPasswordCount = 0,
            PasswordLockedUntil = null,
            Reset = null,
            State = AccountState.Active,
            StateChangedAt = user.State == AccountState.Active ? user.StateChangedAt : now,
        };
    }

    private static bool SameCredentials(UserAccount a, UserAccount b) =>
        a.NormalizedLogin == b.NormalizedLogin
        && a.Reset?.TemporaryPasswordHash == b.Reset?.TemporaryPasswordHash
        && a.PasswordHistory.SequenceEqual(b.PasswordHistory);
}
