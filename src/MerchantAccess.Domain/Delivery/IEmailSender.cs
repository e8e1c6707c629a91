namespace MerchantAccess.Domain.Delivery;

/// <summary>Sends e-mail through a transport (the local outbox, or Azure Communication Services).</summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends <paramref name="message"/>. Sending twice with the same <paramref name="operationId"/>
    /// sends one e-mail. Throws when the transport did not accept the message, so that the queue
    /// retries it.
    /// </summary>
    Task SendAsync(EmailMessage message, string operationId, CancellationToken cancellationToken);
}
