using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Common;
using MerchantAccess.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Audit;

/// <summary>
/// <see cref="IAuditReportStore"/> on Blob Storage: one JSON blob per period,
/// <c>reports/{period id}.json</c>, and a small <c>latest.json</c> that names the report of the
/// most recent period. A blob has no size limit that a report could reach, where a table property
/// stops at 64 KiB. Writes are conditional on the blob's ETag.
/// </summary>
public sealed class BlobAuditReportStore : IAuditReportStore
{
    private const string LatestBlobName = "latest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly BlobContainerClient _container;

    public BlobAuditReportStore(BlobServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);

        _container = service.GetBlobContainerClient(options.Value.ReportsContainer);
    }

    /// <summary>Creates the container when it does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    public async Task<StoredAuditReport?> FindAsync(string reportId, CancellationToken cancellationToken)
    {
        // Ids come from queue messages too; anything but a UTC day names no report.
        if (!IsReportId(reportId))
        {
            return null;
        }

        var content = await DownloadIfExistsAsync(_container.GetBlobClient(ReportBlobName(reportId)), cancellationToken);
        if (content is null)
        {
            return null;
        }

        var report = content.Content.ToObjectFromJson<UnlockAuditReport>(Json)
            ?? throw new JsonException($"The unlock audit report blob {ReportBlobName(reportId)} is empty.");
        return new StoredAuditReport(report, content.Details.ETag.ToString());
    }

    public async Task<bool> TrySaveAsync(UnlockAuditReport report, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!IsReportId(report.Id))
        {
            throw new ArgumentException($"'{report.Id}' is not a report id; report ids are UTC days (yyyy-MM-dd).", nameof(report));
        }

        var conditions = expectedVersion is null
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(expectedVersion) };
        if (!await TryUploadAsync(_container.GetBlobClient(ReportBlobName(report.Id)), BinaryData.FromObjectAsJson(report, Json), conditions, cancellationToken))
        {
            return false;
        }

        // The pointer moves after the report is written, so it never names a missing report. A
        // pointer left behind by a crash here moves with the next save.
        await OptimisticRetry.RunAsync(ct => TryPointLatestAsync(report.Id, ct), cancellationToken);
        return true;
    }

    public async Task<UnlockAuditReport?> FindLatestAsync(CancellationToken cancellationToken)
    {
        var content = await DownloadIfExistsAsync(_container.GetBlobClient(LatestBlobName), cancellationToken);
        if (content?.Content.ToObjectFromJson<LatestPointer>(Json) is not { } pointer)
        {
            return null;
        }

        return (await FindAsync(pointer.ReportId, cancellationToken))?.Report;
    }

    /// <summary>Makes <c>latest.json</c> name <paramref name="reportId"/> unless it names a later period.</summary>
    private async Task<Unit?> TryPointLatestAsync(string reportId, CancellationToken cancellationToken)
    {
        var latest = _container.GetBlobClient(LatestBlobName);
        var current = await DownloadIfExistsAsync(latest, cancellationToken);
        BlobRequestConditions conditions;
        if (current is null)
        {
            conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
        }
        else
        {
            // Report ids are yyyy-MM-dd, so ordinal order is the order of the periods.
            var pointer = current.Content.ToObjectFromJson<LatestPointer>(Json);
            if (pointer is not null && string.CompareOrdinal(pointer.ReportId, reportId) >= 0)
            {
                return Unit.Value;
            }

            conditions = new BlobRequestConditions { IfMatch = current.Details.ETag };
        }

        return await TryUploadAsync(latest, BinaryData.FromObjectAsJson(new LatestPointer(reportId), Json), conditions, cancellationToken)
            ? Unit.Value
            : null;
    }

    private static async Task<bool> TryUploadAsync(BlobClient blob, BinaryData content, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Conditions = conditions,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
        };

        try
        {
            await blob.UploadAsync(content, options, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
        {
            // 412: the blob changed since it was read; 409: it was created since it was found missing.
            return false;
        }
    }

    private static async Task<BlobDownloadResult?> DownloadIfExistsAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static string ReportBlobName(string reportId) => $"reports/{reportId}.json";

    private static bool IsReportId(string? reportId) => AuditPeriod.IsDayId(reportId);

    /// <summary>The content of <c>latest.json</c>.</summary>
    private sealed record LatestPointer(string ReportId);
}
