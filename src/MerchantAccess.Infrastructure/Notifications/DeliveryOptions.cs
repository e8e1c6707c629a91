namespace MerchantAccess.Infrastructure.Notifications;

/// <summary>How e-mail and SMS leave the platform, bound from <c>MerchantAccess:Delivery</c>.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "MerchantAccess:Delivery";

    /// <summary><c>outbox</c> (files on disk, the local default) or <c>acs</c> (Azure Communication Services).</summary>
    public string Transport { get; set; } = "outbox";

    /// <summary>Folder of the outbox transport; a relative path is taken from the working directory.</summary>
    public string OutboxPath { get; set; } = ".local/outbox";

    /// <summary>The sender address of e-mails; with ACS it must belong to a verified domain of the resource.</summary>
    public string SenderAddress { get; set; } = "no-reply@merchantaccess.local";

    public string SenderName { get; set; } = "Merchant Back Office";
}
