namespace MerchantAccess.Domain.Delivery;

/// <summary>What one delivery sweep did.</summary>
/// <param name="Requeued">Credentials e-mails queued again.</param>
/// <param name="Abandoned">Deliveries marked failed.</param>
/// <param name="Errors">Accounts the sweep could not handle. The next run tries them again.</param>
public sealed record DeliverySweepResult(int Requeued, int Abandoned, int Errors);
