using MerchantAccess.Domain.Common;
using MerchantAccess.Testing;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>The timer-triggered audit runs on its NCRONTAB schedule and on demand.</summary>
public sealed class TimerTriggerTests
{
    [Fact]
    public async Task Admin_endpoint_runs_timer_function_now()
    {
        await using var host = await LocalHostInstance.StartAsync();

        var response = await host.Client.PostAsync("/admin/functions/UnlockAudit", null);
        var unknown = await host.Client.PostAsync("/admin/functions/NoSuchFunction", null);

        Assert.Equal(202, (int)response.StatusCode);
        Assert.Equal(404, (int)unknown.StatusCode);
        Assert.Single(host.Logs.Entries, entry => entry.EventId == LogEventIds.AuditFinished);
    }

    [Fact]
    public async Task Schedule_from_setting_fires_every_second()
    {
        await using var host = await LocalHostInstance.StartAsync(settings => settings["UnlockAuditSchedule"] = "*/1 * * * * *");

        await Eventually.UntilAsync(
            () => host.Logs.Entries.Count(entry => entry.EventId == LogEventIds.AuditFinished) >= 2,
            () => "The audit did not run twice on a one-second schedule.");
    }

    [Theory]
    [InlineData("0 6 * * *")]
    [InlineData("not a schedule")]
    public async Task Invalid_schedule_stops_start_up_with_function_name(string schedule)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => LocalHostInstance.StartAsync(settings => settings["UnlockAuditSchedule"] = schedule));

        Assert.Contains("UnlockAudit", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("six-field NCRONTAB", failure.ToString(), StringComparison.Ordinal);
    }
}
