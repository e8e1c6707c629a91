namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// An account whose credentials e-mail or security-code SMS is still marked queued, as listed for
/// the delivery sweep without reading the account itself.
/// </summary>
public sealed record QueuedDelivery(string CompanyId, string UserId, string DeliveryId, DateTimeOffset QueuedAt);
