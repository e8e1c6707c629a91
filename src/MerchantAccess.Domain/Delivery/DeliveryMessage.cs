namespace MerchantAccess.Domain.Delivery;

/// <summary>
/// A queued request to send a message. It carries identifiers only: the delivery function reads
/// the secret it sends from storage, so no password or security code ever sits in a queue.
/// </summary>
/// <param name="DeliveryId">Identifies this delivery; it is also the provider's idempotency key.</param>
/// <param name="CompanyId">The company of the account; empty for <see cref="DeliveryKind.SelfServiceReset"/>, whose account is found from <see cref="Login"/>.</param>
/// <param name="UserId">The account; empty for <see cref="DeliveryKind.SelfServiceReset"/>.</param>
/// <param name="ResetId">The reset whose credentials are sent, for <see cref="DeliveryKind.Credentials"/>.</param>
public sealed record DeliveryMessage(DeliveryKind Kind, string DeliveryId, string CompanyId, string UserId, string? ResetId)
{
    /// <summary>Destination of a <see cref="DeliveryKind.SecurityCodeSms"/> in E.164 form, when not the number on the account.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The address to notify for <see cref="DeliveryKind.EmailChanged"/>: the one the account had before.</summary>
    public string? FormerEmail { get; init; }

    /// <summary>Why a <see cref="DeliveryKind.PasswordChanged"/> is sent: one of <see cref="PasswordChangedReasons"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>The report summarised by an <see cref="DeliveryKind.AuditSummary"/>.</summary>
    public string? ReportId { get; init; }

    /// <summary>
    /// When the delivery was requested. The SMS transport sends it as the first-sent time of its
    /// repeatable request, so it must not change when the message is handled again.
    /// </summary>
    public DateTimeOffset? RequestedAt { get; init; }

    /// <summary>The login typed in a <see cref="DeliveryKind.SelfServiceReset"/> request.</summary>
    public string? Login { get; init; }

    /// <summary>The e-mail address typed in a <see cref="DeliveryKind.SelfServiceReset"/> request.</summary>
    public string? Email { get; init; }

    /// <summary>The requester's address, recorded with the events of a <see cref="DeliveryKind.SelfServiceReset"/>.</summary>
    public string? ClientAddress { get; init; }
}
