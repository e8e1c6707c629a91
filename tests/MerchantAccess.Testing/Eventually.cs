namespace MerchantAccess.Testing;

/// <summary>
/// Polling for a condition that a background worker (the queue listener, a timer, the metrics
/// exporter) makes true some time after the request that caused it.
/// </summary>
public static class Eventually
{
    /// <summary>
    /// The maximum wait. A wait ends as soon as its condition holds, so a generous limit costs
    /// nothing when the host is quick, and keeps a slow moment of a loaded machine from failing a
    /// test: ./test.sh runs several test projects at once on two cores.
    /// </summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls <paramref name="condition"/> until it holds, and fails with <paramref name="failure"/> after <see cref="Limit"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{failure()} (waited {Limit.TotalSeconds} s)");
            }

            await Task.Delay(Interval);
        }
    }

    /// <inheritdoc cref="UntilAsync(Func{Task{bool}}, Func{string})"/>
    public static Task UntilAsync(Func<bool> condition, Func<string> failure) =>
        UntilAsync(() => Task.FromResult(condition()), failure);
}
