namespace MerchantAccess.Domain.Delivery;

/// <summary>
/// A queued request to send a message to a user. It carries identifiers only: the delivery
/// function reads the secret it sends from the account, so no password or security code ever
/// sits in a queue.
/// </summary>
/// <param name="DeliveryId">Identifies this delivery; it is also the provider's idempotency key.</param>
/// <param name="ResetId">The reset whose credentials are sent, for <see cref="DeliveryKind.Credentials"/>.</param>
public sealed record DeliveryMessage(DeliveryKind Kind, string DeliveryId, string CompanyId, string UserId, string? ResetId);
