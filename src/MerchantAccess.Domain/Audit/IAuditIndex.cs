using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Audit;

/// <summary>
/// Range reads of the marker rows and the company timeline that the audit works from, so that it
/// never reads every user of a company.
/// </summary>
public interface IAuditIndex
{
    /// <summary>Lists the pending resets of a company whose temporary password expired before <paramref name="instant"/>.</summary>
    Task<IReadOnlyList<ResetExpiryMarker>> ListExpiredResetsAsync(string companyId, DateTimeOffset instant, CancellationToken cancellationToken);

    /// <summary>
    /// Lists the accounts in service of a company whose last activity falls on a UTC day before
    /// <paramref name="instant"/>. The day is coarser than the instant, so the caller checks each
    /// account against the exact rule.
    /// </summary>
    Task<IReadOnlyList<string>> ListInactiveUsersAsync(string companyId, DateTimeOffset instant, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the <c>accountLocked</c> and <c>accountUnlocked</c> events of a company's timeline that
    /// occurred in [<paramref name="from"/>, <paramref name="to"/>), oldest first.
    /// </summary>
    Task<IReadOnlyList<AccountEvent>> ListLockEventsAsync(string companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
