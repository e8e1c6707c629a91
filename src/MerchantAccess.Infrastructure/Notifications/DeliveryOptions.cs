namespace MerchantAccess.Infrastructure.Notifications;

/// <summary>How e-mail and SMS leave the platform, bound from <c>MerchantAccess:Delivery</c>.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "MerchantAccess:Delivery";

    /// <summary>Value of <see cref="Transport"/> that writes files in <see cref="OutboxPath"/>.</summary>
    public const string OutboxTransport = "outbox";

    /// <summary>Value of <see cref="Transport"/> that sends through Azure Communication Services.</summary>
    public const string AcsTransport = "acs";

    /// <summary>Value of <see cref="AcsAuthentication"/> that signs in with Microsoft Entra ID.</summary>
    public const string ManagedIdentityAuthentication = "managedIdentity";

    /// <summary>Value of <see cref="AcsAuthentication"/> that signs requests with the resource's access key.</summary>
    public const string AccessKeyAuthentication = "accessKey";

    /// <summary><c>outbox</c> (files on disk, the local default) or <c>acs</c> (Azure Communication Services), for e-mail and SMS alike.</summary>
    public string Transport { get; set; } = OutboxTransport;

    /// <summary>Folder of the outbox transport; a relative path is taken from the working directory.</summary>
    public string OutboxPath { get; set; } = ".local/outbox";

    /// <summary>The sender address of e-mails; with ACS it must belong to a verified domain linked to the resource.</summary>
    public string SenderAddress { get; set; } = "no-reply@merchantaccess.local";

    public string SenderName { get; set; } = "Merchant Back Office";

    /// <summary>Sender of SMS: a phone number of the ACS resource in E.164 form, or an alphanumeric sender id.</summary>
    public string SmsSender { get; set; } = "";

    /// <summary>The ACS resource, for example <c>https://name.communication.azure.com</c>.</summary>
    public string AcsEndpoint { get; set; } = "";

    /// <summary><c>managedIdentity</c> (Microsoft Entra ID, the default) or <c>accessKey</c> (HMAC-SHA256 request signing).</summary>
    public string AcsAuthentication { get; set; } = ManagedIdentityAuthentication;

    /// <summary>Base64 access key of the ACS resource, used with <c>accessKey</c> only.</summary>
    public string AcsAccessKey { get; set; } = "";

    /// <summary>Client id of the user-assigned managed identity for ACS; empty to use <c>DefaultAzureCredential</c>.</summary>
    public string ManagedIdentityClientId { get; set; } = "";

    public bool UsesAcs => string.Equals(Transport, AcsTransport, StringComparison.OrdinalIgnoreCase);

    public bool UsesAccessKey => string.Equals(AcsAuthentication, AccessKeyAuthentication, StringComparison.OrdinalIgnoreCase);
}
