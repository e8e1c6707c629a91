namespace MerchantAccess.Domain.Audit;

/// <summary>The figures of a report, as the summary e-mail and the run's log line give them.</summary>
public sealed record AuditCounts(
    int Companies,
    int PasswordLocks,
    int CodeLocks,
    int Locks,
    int Unlocks,
    int Anomalies,
    int TimedLocksEnded,
    int TemporaryPasswordsExpired,
    int AccountsDisabled,
    int Errors)
{
    public static AuditCounts Of(UnlockAuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        return new AuditCounts(
            report.CompaniesAudited,
            report.CurrentLocks.Count(account => account.Kind == Accounts.LockKind.Password),
            report.CurrentLocks.Count(account => account.Kind == Accounts.LockKind.SecurityCode),
            report.LockActivity.Count(activity => activity.Kind == LockActivityKind.Locked),
            report.LockActivity.Count(activity => activity.Kind == LockActivityKind.Unlocked),
            report.Anomalies.Count,
            report.Actions.Count(action => action.Kind == AuditActionKind.TimedLockEnded),
            report.Actions.Count(action => action.Kind == AuditActionKind.TemporaryPasswordExpired),
            report.Actions.Count(action => action.Kind == AuditActionKind.AccountDisabled),
            report.Errors.Count);
    }
}
