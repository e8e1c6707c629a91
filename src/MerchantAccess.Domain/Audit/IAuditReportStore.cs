namespace MerchantAccess.Domain.Audit;

/// <summary>
/// Persistence of unlock audit reports, one per period id. Every write is conditional on the
/// version that was read, so two runs for one period never overwrite each other unseen.
/// </summary>
public interface IAuditReportStore
{
    /// <summary>Reads the report of a period with its version, or <c>null</c> when there is none.</summary>
    Task<StoredAuditReport?> FindAsync(string reportId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="report"/> when the stored report is still at
    /// <paramref name="expectedVersion"/>, or when none exists and <paramref name="expectedVersion"/>
    /// is <c>null</c>. Returns <c>false</c>, writing nothing, when another writer got there first.
    /// A report whose period is the most recent becomes the latest.
    /// </summary>
    Task<bool> TrySaveAsync(UnlockAuditReport report, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Reads the report of the most recent period, or <c>null</c> before the first run.</summary>
    Task<UnlockAuditReport?> FindLatestAsync(CancellationToken cancellationToken);
}
