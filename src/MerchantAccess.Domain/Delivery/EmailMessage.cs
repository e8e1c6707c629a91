namespace MerchantAccess.Domain.Delivery;

/// <summary>A rendered e-mail to one recipient, with a plain-text and an HTML body.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string PlainText, string Html);
