using Azure.Storage.Blobs;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Infrastructure.Audit;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Tests.Audit;

/// <summary>The blob store of audit reports on Azurite: conditional writes and the latest pointer.</summary>
public sealed class BlobAuditReportStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly StorageOptions _options = new() { TablePrefix = TestSettings.UniqueName() };
    private BlobAuditReportStore _store = null!;

    public async Task InitializeAsync()
    {
        Azurite.EnsureRunning();
        _store = new BlobAuditReportStore(new BlobServiceClient(Azurite.ConnectionString), Options.Create(_options));
        await _store.EnsureCreatedAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() =>
        await new BlobServiceClient(Azurite.ConnectionString).DeleteBlobContainerAsync(_options.ReportsContainer);

    [Fact]
    public async Task Saved_report_round_trips()
    {
        var report = Report(Day) with
        {
            CurrentLocks = [new LockedAccount("c1", "Boulangerie Dupont", "u1", "marc.leroy", LockKind.SecurityCode, Day.AddHours(3), null)],
            Anomalies = [new AuditAnomaly(AnomalyKind.UnusualLockCount, "c1", "Boulangerie Dupont", LockCount: 7)],
            Summary = new AuditSummaryStatus("d1"),
        };

        var saved = await _store.TrySaveAsync(report, null, CancellationToken.None);
        var found = await _store.FindAsync(report.Id, CancellationToken.None);

        Assert.True(saved);
        Assert.Equal(report.Period, found!.Report.Period);
        Assert.Equal(report.CurrentLocks, found.Report.CurrentLocks);
        Assert.Equal(report.Anomalies, found.Report.Anomalies);
        Assert.Equal(report.Summary, found.Report.Summary);
        Assert.Equal(report.Counts, found.Report.Counts);
    }

    [Fact]
    public async Task Second_first_write_of_a_period_is_refused()
    {
        await _store.TrySaveAsync(Report(Day), null, CancellationToken.None);

        var again = await _store.TrySaveAsync(Report(Day) with { Revision = 9 }, null, CancellationToken.None);

        Assert.False(again);
        Assert.Equal(1, (await _store.FindAsync("2026-05-01", CancellationToken.None))!.Report.Revision);
    }

    [Fact]
    public async Task Stale_version_is_refused()
    {
        await _store.TrySaveAsync(Report(Day), null, CancellationToken.None);
        var read = (await _store.FindAsync("2026-05-01", CancellationToken.None))!;
        Assert.True(await _store.TrySaveAsync(read.Report with { Revision = 2 }, read.Version, CancellationToken.None));

        var stale = await _store.TrySaveAsync(read.Report with { Revision = 3 }, read.Version, CancellationToken.None);

        Assert.False(stale);
        Assert.Equal(2, (await _store.FindAsync("2026-05-01", CancellationToken.None))!.Report.Revision);
    }

    [Fact]
    public async Task Latest_is_the_most_recent_period()
    {
        var before = await _store.FindLatestAsync(CancellationToken.None);
        await _store.TrySaveAsync(Report(Day.AddDays(1)), null, CancellationToken.None);
        await _store.TrySaveAsync(Report(Day), null, CancellationToken.None);

        var latest = await _store.FindLatestAsync(CancellationToken.None);

        Assert.Null(before);
        Assert.Equal("2026-05-02", latest!.Id);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("../2026-05-01")]
    [InlineData("2026-13-01")]
    public async Task Malformed_report_id_finds_nothing(string reportId)
    {
        await _store.TrySaveAsync(Report(Day), null, CancellationToken.None);

        var found = await _store.FindAsync(reportId, CancellationToken.None);

        Assert.Null(found);
    }

    private static UnlockAuditReport Report(DateTimeOffset day) => new()
    {
        Id = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Period = AuditPeriod.PreviousDay(day.AddDays(1).AddHours(6)),
        Trigger = AuditTrigger.Schedule,
        GeneratedAt = day.AddDays(1).AddHours(6),
        CompaniesAudited = 2,
    };
}
