namespace MerchantAccess.Domain.Accounts;

/// <summary>The status of the last credentials e-mail or security-code SMS of a user.</summary>
/// <param name="DeliveryId">Identifies the queued message, so a late status update for an older one is ignored.</param>
/// <param name="Channel">Either <c>email</c> or <c>sms</c>.</param>
public sealed record DeliveryStatus(string DeliveryId, string Channel, DeliveryState State, DateTimeOffset At);
