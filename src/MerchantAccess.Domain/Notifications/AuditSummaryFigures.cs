namespace MerchantAccess.Domain.Notifications;

/// <summary>The counts of one unlock audit report that its summary e-mail gives to support.</summary>
public sealed record AuditSummaryFigures
{
    public required string ReportId { get; init; }

    public required DateTimeOffset PeriodStart { get; init; }

    public required DateTimeOffset PeriodEnd { get; init; }

    public required int CompaniesScanned { get; init; }

    /// <summary>Accounts locked by wrong passwords when the audit ran.</summary>
    public required int PasswordLocks { get; init; }

    /// <summary>Accounts locked by wrong company security codes when the audit ran.</summary>
    public required int CodeLocks { get; init; }

    public required int LocksInPeriod { get; init; }

    public required int UnlocksInPeriod { get; init; }

    /// <summary>Unlocks without a reason or by a non-support actor, and companies with an unusual number of locks.</summary>
    public required int Anomalies { get; init; }

    public required int TimedLocksExpired { get; init; }

    public required int TemporaryPasswordsExpired { get; init; }

    /// <summary>Accounts disabled because they were not used for 90 days.</summary>
    public required int InactiveAccountsDisabled { get; init; }
}
