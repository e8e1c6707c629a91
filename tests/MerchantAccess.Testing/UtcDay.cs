namespace MerchantAccess.Testing;

/// <summary>For tests on the real clock whose steps must all fall on one UTC day, such as an audit report of today.</summary>
public static class UtcDay
{
    /// <summary>
    /// Waits until just after midnight UTC when midnight is less than <paramref name="margin"/>
    /// away, so that the steps that follow run within one day. It waits at most the margin.
    /// </summary>
    public static async Task AvoidMidnightAsync(TimeSpan margin)
    {
        var now = DateTime.UtcNow;
        var untilMidnight = now.Date.AddDays(1) - now;
        if (untilMidnight < margin)
        {
            await Task.Delay(untilMidnight + TimeSpan.FromSeconds(1));
        }
    }
}
