namespace MerchantAccess.Domain.Delivery;

/// <summary>Sends SMS through a transport (the local outbox, or Azure Communication Services).</summary>
public interface ISmsSender
{
    /// <summary>
    /// Whether the transport can send at all. Communication Services cannot until a phone number
    /// or sender id is acquired for the resource, which a deployment does after its first run.
    /// </summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Sends <paramref name="message"/>. Sending twice with the same <paramref name="operationId"/>
    /// sends one SMS. <paramref name="requestedAt"/> is when the delivery was first requested: a
    /// provider that deduplicates repeated requests receives it unchanged on every retry. Throws
    /// when the transport did not accept the message, so that the queue retries it.
    /// </summary>
    Task SendAsync(SmsMessage message, string operationId, DateTimeOffset requestedAt, CancellationToken cancellationToken);
}
