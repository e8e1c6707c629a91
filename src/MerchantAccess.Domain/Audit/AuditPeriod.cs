using System.Globalization;

namespace MerchantAccess.Domain.Audit;

/// <summary>
/// The time range a report covers, as a half-open interval [<see cref="From"/>, <see cref="To"/>)
/// in UTC. Reports are keyed by <see cref="Id"/>, the UTC day, so every run for one day writes
/// the same report.
/// </summary>
/// <param name="Complete">Whether the period has ended, so that its locks and unlocks can no longer change.</param>
public sealed record AuditPeriod(string Id, DateTimeOffset From, DateTimeOffset To, bool Complete)
{
    /// <summary>The whole UTC day before <paramref name="now"/>, which a scheduled run reports on.</summary>
    public static AuditPeriod PreviousDay(DateTimeOffset now)
    {
        var today = StartOfDay(now);
        return new AuditPeriod(DayId(today.AddDays(-1)), today.AddDays(-1), today, Complete: true);
    }

    /// <summary>The current UTC day up to <paramref name="now"/>, which an on-demand run reports on.</summary>
    public static AuditPeriod TodayUntil(DateTimeOffset now)
    {
        var today = StartOfDay(now);
        return new AuditPeriod(DayId(today), today, now.ToUniversalTime(), Complete: false);
    }

    /// <summary>Returns whether <paramref name="value"/> is a period id: a UTC day written yyyy-MM-dd.</summary>
    public static bool IsDayId(string? value) =>
        DateOnly.TryParseExact(value, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private const string DayFormat = "yyyy-MM-dd";

    private static DateTimeOffset StartOfDay(DateTimeOffset instant) => new(instant.UtcDateTime.Date, TimeSpan.Zero);

    private static string DayId(DateTimeOffset day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);
}
