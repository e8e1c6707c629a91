namespace MerchantAccess.Benchmarks.Measurement;

/// <summary>Latencies of one series of requests, and the wall-clock time the series took.</summary>
public sealed class LatencySample(IReadOnlyList<TimeSpan> latencies, TimeSpan elapsed)
{
    public int Count => latencies.Count;

    public TimeSpan Elapsed => elapsed;

    /// <summary>Completed requests per second over the whole series.</summary>
    public double Throughput => Count / elapsed.TotalSeconds;

    /// <summary>The latency in milliseconds below which <paramref name="percent"/> % of the requests finished (nearest rank).</summary>
    public double Percentile(double percent)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var sorted = latencies.Select(latency => latency.TotalMilliseconds).Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
