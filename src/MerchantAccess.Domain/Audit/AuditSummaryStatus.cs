namespace MerchantAccess.Domain.Audit;

/// <summary>The delivery status of the summary e-mail of a report revision.</summary>
/// <param name="DeliveryId">Identifies the queued message and is the provider's idempotency key; a new revision gets a new one.</param>
/// <param name="SentAt">When the provider accepted the e-mail; a message that finds it set sends nothing.</param>
/// <param name="FailedAt">When the last delivery attempt failed.</param>
public sealed record AuditSummaryStatus(string DeliveryId, DateTimeOffset? SentAt = null, DateTimeOffset? FailedAt = null);
