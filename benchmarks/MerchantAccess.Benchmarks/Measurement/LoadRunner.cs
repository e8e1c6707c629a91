using System.Collections.Concurrent;
using System.Diagnostics;

namespace MerchantAccess.Benchmarks.Measurement;

/// <summary>Runs a bounded number of operations from a fixed number of concurrent clients and times each.</summary>
public static class LoadRunner
{
    /// <summary>
    /// Runs <paramref name="operation"/> for the indexes 0 to <paramref name="count"/> − 1, at
    /// most <paramref name="concurrency"/> at a time. An operation that throws stops the series,
    /// because a figure measured over failed requests would mislead.
    /// </summary>
    public static async Task<LatencySample> RunAsync(int count, int concurrency, Func<int, Task> operation)
    {
        var latencies = new ConcurrentBag<TimeSpan>();
        var next = -1;
        var total = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(index);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        });
        await Task.WhenAll(clients);
        total.Stop();
        return new LatencySample(latencies.ToList(), total.Elapsed);
    }
}
