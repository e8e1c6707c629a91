using MerchantAccess.Domain.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.Delivery;

/// <summary>
/// The timer-triggered delivery sweep, on the NCRONTAB schedule of the <c>DeliverySweepSchedule</c>
/// app setting: it queues again the credentials e-mails whose queue message was lost, and marks
/// failed the deliveries that will not be sent.
/// </summary>
public sealed class DeliverySweepFunction(DeliverySweepService sweep)
{
    /// <summary>App setting that contains the six-field NCRONTAB schedule of the sweep.</summary>
    public const string ScheduleSetting = "DeliverySweepSchedule";

    [Function(nameof(DeliverySweep))]
    public Task DeliverySweep(
        [TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
