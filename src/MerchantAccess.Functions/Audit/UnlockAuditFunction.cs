using MerchantAccess.Domain.Audit;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.Audit;

/// <summary>
/// The timer-triggered unlock audit, on the NCRONTAB schedule of the <c>UnlockAuditSchedule</c>
/// app setting. Each run reports on the previous UTC day, so a late or repeated firing reports on
/// the same day again rather than on a new one.
/// </summary>
public sealed class UnlockAuditFunction(UnlockAuditService audit)
{
    /// <summary>App setting that holds the six-field NCRONTAB schedule of the audit.</summary>
    public const string ScheduleSetting = "UnlockAuditSchedule";

    [Function(nameof(UnlockAudit))]
    public Task UnlockAudit(
        [TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken) => audit.RunScheduledAsync(cancellationToken);
}
