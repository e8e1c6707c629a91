using Azure.Core;

namespace MerchantAccess.Infrastructure.Notifications.Acs;

/// <summary>
/// Pipeline settings of the Azure Communication Services transports: retries, logging and the
/// bounds of the e-mail status polling. Tests also set the HTTP transport and the credential here.
/// </summary>
public sealed class AcsClientOptions : ClientOptions
{
    public AcsClientOptions()
    {
        // Azure.Core retries 408, 429, 500, 502, 503 and 504 responses and network failures with
        // exponential back-off, and waits at least as long as a Retry-After header requests.
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromSeconds(0.8);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);

        // Request bodies contain temporary passwords and security codes, so no body is logged.
        Diagnostics.IsLoggingContentEnabled = false;
        Diagnostics.ApplicationId = "MerchantAccess";
    }

    /// <summary>
    /// The Microsoft Entra ID credential of the <c>managedIdentity</c> mode. When <c>null</c>, the
    /// default, it is a <c>ManagedIdentityCredential</c> for the configured client id, or else a
    /// <c>DefaultAzureCredential</c>.
    /// </summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>
    /// Maximum time an e-mail send operation is polled before the attempt fails. The queue then
    /// retries the message, which sends with the same operation id and polls again.
    /// </summary>
    public TimeSpan EmailOperationTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Pause between status polls when the service sends no <c>retry-after</c>.</summary>
    public TimeSpan EmailPollingInterval { get; set; } = TimeSpan.FromSeconds(1);
}
