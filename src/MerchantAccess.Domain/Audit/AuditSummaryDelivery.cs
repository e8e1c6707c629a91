using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.Audit;

/// <summary>
/// Sends the summary e-mail of an audit report to the support mailbox. Delivery is at least once,
/// so a message for a replaced revision, or for a summary already sent, sends nothing.
/// </summary>
public sealed partial class AuditSummaryDelivery(
    IAuditReportStore reports,
    IEmailSender email,
    TimeProvider time,
    IOptions<AuditSummaryOptions> options,
    ILogger<AuditSummaryDelivery> logger)
{
    private readonly AuditSummaryOptions _options = options.Value;

    /// <summary>
    /// Handles one <see cref="DeliveryKind.AuditSummary"/> message. Throws when the transport
    /// fails, so that the queue retries it; on the <paramref name="isLastAttempt"/> the report
    /// records the failure first.
    /// </summary>
    public async Task DeliverAsync(DeliveryMessage message, bool isLastAttempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        try
        {
            await SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (isLastAttempt && exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, message.DeliveryId, message.ReportId);
            await OptimisticRetry.RunAsync(ct => RecordAsync(message, summary => summary with { FailedAt = time.GetUtcNow() }, ct), cancellationToken);
            throw;
        }
    }

    private async Task SendAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        var stored = message.ReportId is null ? null : await reports.FindAsync(message.ReportId, cancellationToken);
        if (stored is null)
        {
            LogReportMissing(logger, message.DeliveryId, message.ReportId);
            return;
        }

        var summary = stored.Report.Summary;
        if (summary is null || summary.DeliveryId != message.DeliveryId)
        {
            LogSkipped(logger, message.DeliveryId, message.ReportId!, "a newer revision replaced the report");
            return;
        }

        if (summary.SentAt is not null)
        {
            LogSkipped(logger, message.DeliveryId, message.ReportId!, "already sent");
            return;
        }

        if (string.IsNullOrWhiteSpace(_options.SupportMailbox))
        {
            LogSkipped(logger, message.DeliveryId, message.ReportId!, "no support mailbox is configured");
            return;
        }

        var rendered = AuditSummaryTemplate.Render(stored.Report, _options.SupportMailbox.Trim());
        await email.SendAsync(rendered, message.DeliveryId, cancellationToken);
        await OptimisticRetry.RunAsync(ct => RecordAsync(message, sent => sent with { SentAt = time.GetUtcNow(), FailedAt = null }, ct), cancellationToken);
        LogSent(logger, message.DeliveryId, message.ReportId!);
    }

    /// <summary>Updates the summary status of the report, if it still names this delivery.</summary>
    private async Task<Unit?> RecordAsync(DeliveryMessage message, Func<AuditSummaryStatus, AuditSummaryStatus> update, CancellationToken cancellationToken)
    {
        var stored = message.ReportId is null ? null : await reports.FindAsync(message.ReportId, cancellationToken);
        if (stored?.Report.Summary is not { } summary || summary.DeliveryId != message.DeliveryId)
        {
            return Unit.Value;
        }

        var updated = stored.Report with { Summary = update(summary) };
        return await reports.TrySaveAsync(updated, stored.Version, cancellationToken) ? Unit.Value : null;
    }

    [LoggerMessage(EventId = LogEventIds.AuditSummarySent, Level = LogLevel.Information, Message = "Summary {DeliveryId} of unlock audit {ReportId} sent to the support mailbox")]
    private static partial void LogSent(ILogger logger, string deliveryId, string reportId);

    [LoggerMessage(EventId = LogEventIds.AuditSummarySkipped, Level = LogLevel.Information, Message = "Summary {DeliveryId} of unlock audit {ReportId} skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string deliveryId, string reportId, string reason);

    [LoggerMessage(EventId = LogEventIds.AuditReportMissing, Level = LogLevel.Warning, Message = "Summary {DeliveryId} skipped: unlock audit report {ReportId} not found")]
    private static partial void LogReportMissing(ILogger logger, string deliveryId, string? reportId);

    [LoggerMessage(EventId = LogEventIds.AuditSummaryFailed, Level = LogLevel.Error, Message = "Summary {DeliveryId} of unlock audit {ReportId} failed on its last attempt")]
    private static partial void LogFailed(ILogger logger, Exception exception, string deliveryId, string? reportId);
}
