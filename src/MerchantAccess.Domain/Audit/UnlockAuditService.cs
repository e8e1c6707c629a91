using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Audit;

/// <summary>
/// The scheduled unlock audit. It reads the lock markers of each company, so its cost grows with
/// the number of companies and locked accounts, never with the number of users.
/// </summary>
public sealed partial class UnlockAuditService(IAccountStore store, TimeProvider time, ILogger<UnlockAuditService> logger)
{
    /// <summary>Counts the accounts locked now, by kind, and logs the result.</summary>
    /// <remarks>
    /// TODO: expiring timed locks and stale temporary passwords, disabling inactive accounts, and
    /// storing and e-mailing a report of the period are not built yet; this run only counts locks.
    /// </remarks>
    public async Task<UnlockAuditSummary> RunAsync(CancellationToken cancellationToken)
    {
        var companies = await store.ListCompaniesAsync(cancellationToken);
        var passwordLocks = 0;
        var codeLocks = 0;
        foreach (var company in companies)
        {
            foreach (var marker in await store.ListLocksAsync(company.Id, cancellationToken))
            {
                if (marker.Kind == LockKind.SecurityCode)
                {
                    codeLocks++;
                }
                else
                {
                    passwordLocks++;
                }
            }
        }

        var summary = new UnlockAuditSummary(time.GetUtcNow(), companies.Count, passwordLocks, codeLocks);
        LogAuditFinished(logger, summary.CompaniesScanned, summary.PasswordLocks, summary.CodeLocks);
        return summary;
    }

    [LoggerMessage(EventId = LogEventIds.AuditFinished, Level = LogLevel.Information, Message = "Unlock audit finished: {CompanyCount} companies, {PasswordLockCount} password locks, {CodeLockCount} code locks")]
    private static partial void LogAuditFinished(ILogger logger, int companyCount, int passwordLockCount, int codeLockCount);
}
