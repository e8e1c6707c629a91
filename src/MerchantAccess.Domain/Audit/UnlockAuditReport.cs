namespace MerchantAccess.Domain.Audit;

/// <summary>
/// The report of one audit period: accounts locked when it was built, every lock and unlock of
/// the period, the anomalies found in them, and what the audit runs for the period changed.
/// </summary>
public sealed record UnlockAuditReport
{
    /// <summary>The period id, a UTC day such as <c>2026-05-01</c>; one report exists per period.</summary>
    public required string Id { get; init; }

    public required AuditPeriod Period { get; init; }

    /// <summary>What started the run that wrote this revision.</summary>
    public required AuditTrigger Trigger { get; init; }

    /// <summary>The support agent who asked for an on-demand run, or <c>null</c> for the schedule.</summary>
    public string? RequestedBy { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Starts at 1 and goes up each time a run replaces the report of the period.</summary>
    public int Revision { get; init; } = 1;

    public int CompaniesAudited { get; init; }

    /// <summary>Accounts locked when the report was built, after the run ended the timed locks that were due.</summary>
    public IReadOnlyList<LockedAccount> CurrentLocks { get; init; } = [];

    /// <summary>Every lock and unlock of the period, oldest first.</summary>
    public IReadOnlyList<LockActivity> LockActivity { get; init; } = [];

    public IReadOnlyList<AuditAnomaly> Anomalies { get; init; } = [];

    /// <summary>The changes made by every run for this period, each recorded as an account event.</summary>
    public IReadOnlyList<AuditAction> Actions { get; init; } = [];

    /// <summary>Changes that failed; the accounts are tried again by the next run.</summary>
    public IReadOnlyList<AuditError> Errors { get; init; } = [];

    /// <summary>The summary e-mail of this revision, or <c>null</c> when no support mailbox is configured.</summary>
    public AuditSummaryStatus? Summary { get; init; }

    /// <summary>The counts of the lists above, derived from them so that they always agree.</summary>
    public AuditCounts Counts => AuditCounts.Of(this);
}
