using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// Runs the read-decide-write cycle that every change of an account follows: read the account,
/// let the caller decide, write the decision conditionally on the version read, and start again
/// from a fresh read when another writer got there first.
/// </summary>
public sealed class AccountUpdater(IAccountStore store, TimeProvider time)
{
    /// <summary>
    /// Applies <paramref name="decide"/> to the current state of the account. A missing account is
    /// <see cref="FailureCode.NotFound"/>. The decision may run several times, so it must not have
    /// side effects of its own.
    /// </summary>
    public Task<Result<T>> UpdateAsync<T>(
        string companyId,
        string userId,
        Func<AccountSnapshot, DateTimeOffset, AccountDecision<T>> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);

        return UpdateAsync(companyId, userId, (snapshot, now, _) => Task.FromResult(decide(snapshot, now)), cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="decide"/> to <paramref name="current"/>, an account the caller has
    /// just read, which saves reading it again. The write is still conditional on the version read,
    /// so a change made in between makes the cycle start again from a fresh read.
    /// </summary>
    public Task<Result<T>> UpdateAsync<T>(
        AccountSnapshot current,
        Func<AccountSnapshot, DateTimeOffset, AccountDecision<T>> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(decide);

        return RunAsync(current.User.CompanyId, current.User.Id, current, (snapshot, now, _) => Task.FromResult(decide(snapshot, now)), cancellationToken);
    }

    /// <summary>
    /// Applies a decision that needs to wait, such as a password check, to the current state of the
    /// account, with the same conflict handling.
    /// </summary>
    public Task<Result<T>> UpdateAsync<T>(
        string companyId,
        string userId,
        Func<AccountSnapshot, DateTimeOffset, CancellationToken, Task<AccountDecision<T>>> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);

        return RunAsync(companyId, userId, null, decide, cancellationToken);
    }

    private Task<Result<T>> RunAsync<T>(
        string companyId,
        string userId,
        AccountSnapshot? alreadyRead,
        Func<AccountSnapshot, DateTimeOffset, CancellationToken, Task<AccountDecision<T>>> decide,
        CancellationToken cancellationToken)
    {
        return OptimisticRetry.RunAsync<Result<T>>(
            async ct =>
            {
                // The snapshot the caller read serves the first attempt only; a retry reads again.
                var snapshot = alreadyRead ?? await store.LoadAsync(companyId, userId, ct);
                alreadyRead = null;
                if (snapshot is null)
                {
                    return Failure.Of(FailureCode.NotFound);
                }

                var decision = await decide(snapshot, time.GetUtcNow(), ct);
                if (decision.Updated is null)
                {
                    return decision.Outcome;
                }

                return await store.TryCommitAsync(new AccountChange(snapshot, decision.Updated, decision.Events), ct)
                    ? decision.Outcome
                    : (Result<T>?)null;
            },
            cancellationToken);
    }
}
