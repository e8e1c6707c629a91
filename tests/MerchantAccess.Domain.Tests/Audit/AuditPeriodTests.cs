using MerchantAccess.Domain.Audit;

namespace MerchantAccess.Domain.Tests.Audit;

/// <summary>The periods that scheduled and on-demand runs report on.</summary>
public sealed class AuditPeriodTests
{
    [Fact]
    public void Scheduled_period_is_the_previous_utc_day()
    {
        var period = AuditPeriod.PreviousDay(new DateTimeOffset(2026, 5, 2, 0, 30, 0, TimeSpan.FromHours(2)));

        Assert.Equal("2026-04-30", period.Id);
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), period.To);
        Assert.True(period.Complete);
    }

    [Fact]
    public void On_demand_period_is_today_until_now()
    {
        var now = new DateTimeOffset(2026, 5, 2, 14, 5, 0, TimeSpan.Zero);

        var period = AuditPeriod.TodayUntil(now);

        Assert.Equal(("2026-05-02", new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), now), (period.Id, period.From, period.To));
        Assert.False(period.Complete);
    }
}
