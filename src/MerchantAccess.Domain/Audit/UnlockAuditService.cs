using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.Audit;

/// <summary>
/// The unlock audit. A run makes the changes that are due (<see cref="AuditMaintenance"/>), builds
/// the report of its period, stores it and queues its summary for the support mailbox. It works
/// company by company from the lock markers, the expiry and activity markers and the period's
/// lock events, so its cost grows with companies, locked accounts, due changes and events of the
/// period, never with the number of users.
/// </summary>
public sealed partial class UnlockAuditService(
    IAccountStore store,
    IAuditIndex index,
    IAuditReportStore reports,
    IDeliveryQueue deliveries,
    AuditMaintenance maintenance,
    TimeProvider time,
    IOptions<AuditOptions> options,
    IOptions<AuditSummaryOptions> summaryOptions,
    ILogger<UnlockAuditService> logger)
{
    private readonly AuditOptions _options = options.Value;
    private readonly AuditSummaryOptions _summary = summaryOptions.Value;

    /// <summary>
    /// Runs the daily audit, which reports on the previous UTC day. Running it again for a day
    /// already reported changes nothing unless the run itself found changes to make.
    /// </summary>
    public Task<UnlockAuditReport> RunScheduledAsync(CancellationToken cancellationToken) =>
        RunAsync(AuditPeriod.PreviousDay(time.GetUtcNow()), AuditTrigger.Schedule, null, cancellationToken);

    /// <summary>Runs the audit now for a support agent; it reports on the current UTC day up to now and replaces an earlier report of that day.</summary>
    public async Task<Result<UnlockAuditReport>> RunOnDemandAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        if (!actor.IsSupport)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        return await RunAsync(AuditPeriod.TodayUntil(time.GetUtcNow()), AuditTrigger.OnDemand, actor.UserId, cancellationToken);
    }

    /// <summary>Returns the report of the most recent period, for support only; <see cref="FailureCode.NotFound"/> before the first run.</summary>
    public async Task<Result<UnlockAuditReport>> GetLatestAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        if (!actor.IsSupport)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        var latest = await reports.FindLatestAsync(cancellationToken);
        return latest is null ? Failure.Of(FailureCode.NotFound) : latest;
    }

    /// <summary>
    /// Returns the report of one UTC day, for support only. A <paramref name="day"/> not written
    /// yyyy-MM-dd is a validation failure of the <c>day</c> field, and a day without a report is
    /// <see cref="FailureCode.NotFound"/>.
    /// </summary>
    public async Task<Result<UnlockAuditReport>> GetAsync(Actor actor, string day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        if (!actor.IsSupport)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        if (!AuditPeriod.IsDayId(day))
        {
            return Failure.Validation(new FieldError("day", "invalidFormat"));
        }

        var stored = await reports.FindAsync(day, cancellationToken);
        return stored is null ? Failure.Of(FailureCode.NotFound) : stored.Report;
    }

    private async Task<UnlockAuditReport> RunAsync(AuditPeriod period, AuditTrigger trigger, string? requestedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var builder = new UnlockReportBuilder(period, _options);
        var actions = new List<AuditAction>();
        var errors = new List<AuditError>();
        foreach (var company in await store.ListCompaniesAsync(cancellationToken))
        {
            var locks = await store.ListLocksAsync(company.Id, cancellationToken);
            var changes = await maintenance.RunAsync(company.Id, locks, now, cancellationToken);
            actions.AddRange(changes.Actions);
            errors.AddRange(changes.Errors);

            // A lock that the run ended, or whose account it disabled, is no longer current.
            var lifted = changes.Actions
                .Where(action => action.Kind is AuditActionKind.TimedLockEnded or AuditActionKind.AccountDisabled)
                .Select(action => action.UserId)
                .ToHashSet(StringComparer.Ordinal);
            var lockEvents = await index.ListLockEventsAsync(company.Id, builder.TimelineFrom, period.To, cancellationToken);
            builder.AddCompany(company, locks.Where(marker => !lifted.Contains(marker.UserId)), lockEvents);
        }

        var built = builder.Build(trigger, requestedBy, now, actions, errors);
        var (report, written) = await OptimisticRetry.RunAsync(ct => SaveAsync(built, ct), cancellationToken);
        if (!written)
        {
            LogReportKept(logger, report.Id, report.Revision);
        }

        await QueueSummaryAsync(report, cancellationToken);

        var counts = report.Counts;
        var timedLocksEnded = actions.Count(action => action.Kind == AuditActionKind.TimedLockEnded);
        var passwordsExpired = actions.Count(action => action.Kind == AuditActionKind.TemporaryPasswordExpired);
        var accountsDisabled = actions.Count(action => action.Kind == AuditActionKind.AccountDisabled);
        LogAuditFinished(logger, report.Id, trigger, report.Revision, counts.Companies, counts.PasswordLocks, counts.CodeLocks, counts.Locks, counts.Unlocks, counts.Anomalies,
            timedLocksEnded, passwordsExpired, accountsDisabled, errors.Count);
        return report;
    }

    /// <summary>
    /// Stores the report of the period: the first run writes it, a later run replaces it as a new
    /// revision that keeps the actions of the earlier runs. A scheduled run that finds its period
    /// already reported in full, and had nothing to change, keeps the stored report. Returns
    /// <c>null</c> when another run wrote the report in between, so the caller decides again.
    /// </summary>
    private async Task<(UnlockAuditReport Report, bool Written)?> SaveAsync(UnlockAuditReport built, CancellationToken cancellationToken)
    {
        var existing = await reports.FindAsync(built.Id, cancellationToken);
        if (existing is null)
        {
            var first = built with { Summary = NewSummary() };
            return await reports.TrySaveAsync(first, null, cancellationToken) ? (first, true) : null;
        }

        var stored = existing.Report;
        if (built.Trigger == AuditTrigger.Schedule && stored.Period.Complete && built.Actions.Count == 0 && built.Errors.Count == 0 && stored.Errors.Count == 0)
        {
            return (stored, false);
        }

        // Changes are state-based, so none of this run's actions was already listed.
        var replacement = built with
        {
            Revision = stored.Revision + 1,
            Actions = [.. stored.Actions, .. built.Actions],
            Summary = NewSummary(),
        };
        return await reports.TrySaveAsync(replacement, existing.Version, cancellationToken) ? (replacement, true) : null;
    }

    private AuditSummaryStatus? NewSummary() =>
        string.IsNullOrWhiteSpace(_summary.SupportMailbox) ? null : new AuditSummaryStatus(Identifiers.New());

    /// <summary>
    /// Queues the summary of the stored revision unless it was sent. Queueing again after a
    /// restart is harmless: the message carries the same delivery id, and the delivery sends once.
    /// </summary>
    private async Task QueueSummaryAsync(UnlockAuditReport report, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_summary.SupportMailbox))
        {
            LogNoSupportMailbox(logger, report.Id);
            return;
        }

        if (report.Summary is not { SentAt: null } summary)
        {
            return;
        }

        var message = new DeliveryMessage(DeliveryKind.AuditSummary, summary.DeliveryId, CompanyId: "", UserId: "", ResetId: null) { ReportId = report.Id };
        await deliveries.EnqueueAsync(message, cancellationToken);
        LogSummaryQueued(logger, report.Id, report.Revision, summary.DeliveryId);
    }

    [LoggerMessage(EventId = LogEventIds.AuditFinished, Level = LogLevel.Information, Message = "Unlock audit {ReportId} ({Trigger}, revision {Revision}) finished: {CompanyCount} companies, {PasswordLockCount} password locks and {CodeLockCount} code locks now, {LockCount} locks and {UnlockCount} unlocks in the period, {AnomalyCount} anomalies; this run ended {TimedLocksEnded} timed locks, expired {TemporaryPasswordsExpired} temporary passwords, disabled {AccountsDisabled} accounts, {ErrorCount} errors")]
    private static partial void LogAuditFinished(ILogger logger, string reportId, AuditTrigger trigger, int revision, int companyCount, int passwordLockCount, int codeLockCount, int lockCount, int unlockCount, int anomalyCount, int timedLocksEnded, int temporaryPasswordsExpired, int accountsDisabled, int errorCount);

    [LoggerMessage(EventId = LogEventIds.AuditReportKept, Level = LogLevel.Information, Message = "Unlock audit {ReportId} was already reported in full (revision {Revision}); the stored report is kept")]
    private static partial void LogReportKept(ILogger logger, string reportId, int revision);

    [LoggerMessage(EventId = LogEventIds.AuditSummaryQueued, Level = LogLevel.Information, Message = "Summary of unlock audit {ReportId} revision {Revision} queued as delivery {DeliveryId}")]
    private static partial void LogSummaryQueued(ILogger logger, string reportId, int revision, string deliveryId);

    [LoggerMessage(EventId = LogEventIds.AuditSupportMailboxMissing, Level = LogLevel.Warning, Message = "Unlock audit {ReportId} stored without a summary e-mail: MerchantAccess__Delivery__SupportMailbox is not set")]
    private static partial void LogNoSupportMailbox(ILogger logger, string reportId);
}
