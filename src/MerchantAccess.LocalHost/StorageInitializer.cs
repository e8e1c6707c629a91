using MerchantAccess.Infrastructure.Audit;
using MerchantAccess.Infrastructure.Queues;
using MerchantAccess.Infrastructure.RateLimiting;
using MerchantAccess.Infrastructure.Seeding;
using MerchantAccess.Infrastructure.Storage;

namespace MerchantAccess.LocalHost;

/// <summary>
/// Prepares local storage before the triggers start: creates the tables, the delivery queue and
/// the container of the unlock audit reports, which the Bicep templates create in Azure, then
/// seeds the demo data file when one is configured.
/// </summary>
public sealed partial class StorageInitializer(
    TableAccountStore accounts,
    StorageDeliveryQueue deliveries,
    TableRateLimiter rateLimiter,
    BlobAuditReportStore auditReports,
    DemoDataSeeder seeder,
    IConfiguration configuration,
    ILogger<StorageInitializer> logger) : IHostedService
{
    /// <summary>Setting that names the demo data file to seed at start-up.</summary>
    public const string DemoDataPathSetting = "MerchantAccess:DemoData:Path";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await accounts.EnsureCreatedAsync(cancellationToken);
            await deliveries.EnsureCreatedAsync(cancellationToken);
            await rateLimiter.EnsureCreatedAsync(cancellationToken);
            await auditReports.EnsureCreatedAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is Azure.RequestFailedException or AggregateException or HttpRequestException)
        {
            throw new InvalidOperationException(
                "Storage is not reachable. Start Azurite (./run.sh starts it) or check the AzureWebJobsStorage setting.", exception);
        }

        var path = configuration[DemoDataPathSetting];
        if (!string.IsNullOrWhiteSpace(path))
        {
            var data = await DemoDataSeeder.ReadAsync(path, cancellationToken);
            await seeder.SeedAsync(data, cancellationToken);
            LogSeeded(logger, path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Demo data from {Path} is in storage")]
    private static partial void LogSeeded(ILogger logger, string path);
}
