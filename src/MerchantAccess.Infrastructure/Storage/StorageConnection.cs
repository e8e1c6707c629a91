using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace MerchantAccess.Infrastructure.Storage;

/// <summary>
/// Builds the Table, Queue and Blob clients from the same <c>AzureWebJobsStorage</c> connection the
/// Functions host uses: a connection string locally, or the identity-based settings
/// (<c>AzureWebJobsStorage__accountName</c>, or <c>__tableServiceUri</c>, <c>__queueServiceUri</c>
/// and <c>__blobServiceUri</c>) with a managed identity in Azure.
/// </summary>
public static class StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";

    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new TableServiceClient(connectionString);
        }

        var endpoint = ServiceUri(configuration, "tableServiceUri", "table");
        return new TableServiceClient(endpoint, CreateCredential(configuration));
    }

    public static QueueServiceClient CreateQueueServiceClient(IConfiguration configuration, QueueClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new QueueServiceClient(connectionString, options);
        }

        var endpoint = ServiceUri(configuration, "queueServiceUri", "queue");
        return new QueueServiceClient(endpoint, CreateCredential(configuration), options);
    }

    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString);
        }

        var endpoint = ServiceUri(configuration, "blobServiceUri", "blob");
        return new BlobServiceClient(endpoint, CreateCredential(configuration));
    }

    private static Uri ServiceUri(IConfiguration configuration, string uriSetting, string service)
    {
        var section = configuration.GetSection(SettingName);
        if (Uri.TryCreate(section[uriSetting], UriKind.Absolute, out var uri))
        {
            return uri;
        }

        var accountName = section["accountName"];
        if (string.IsNullOrWhiteSpace(accountName))
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {SettingName} to a connection string, or {SettingName}__accountName " +
                $"(or {SettingName}__{uriSetting}) to use a managed identity.");
        }

        return new Uri($"https://{accountName}.{service}.core.windows.net");
    }

    /// <summary>
    /// The credential of identity-based connections: the user-assigned managed identity named by
    /// <c>AzureWebJobsStorage__clientId</c> when set, as the Functions host does.
    /// </summary>
    private static TokenCredential CreateCredential(IConfiguration configuration)
    {
        var clientId = configuration.GetSection(SettingName)["clientId"];
        return string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
