namespace MerchantAccess.Domain.Common;

/// <summary>
/// Runs a read-decide-write step again whenever its conditional write loses to a concurrent writer.
/// Each lost race means another request committed, so the loop always makes progress overall; the
/// bound only stops one request from waiting forever.
/// </summary>
public static class OptimisticRetry
{
    /// <summary>Maximum attempts of one step before <see cref="ConcurrencyConflictException"/>.</summary>
    public const int MaxAttempts = 24;

    /// <summary>
    /// Runs <paramref name="attempt"/> until it returns a decided outcome. The step returns
    /// <c>null</c> when its write was rejected because the data changed since it was read.
    /// </summary>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T?>> attempt, CancellationToken cancellationToken)
        where T : struct
    {
        for (var i = 0; i < MaxAttempts; i++)
        {
            var outcome = await attempt(cancellationToken);
            if (outcome is { } decided)
            {
                return decided;
            }

            // A short random pause spreads out writers that collided on the same row.
            await Task.Delay(Random.Shared.Next(1, 5 + (i * 4)), cancellationToken);
        }

        throw new ConcurrencyConflictException();
    }
}
