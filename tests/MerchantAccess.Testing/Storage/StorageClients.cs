using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// Replaces a host's Table and Queue service clients with clients that carry extra pipeline
/// policies, placed just before the transport so that they see every attempt of the client's
/// retry policy.
/// </summary>
public static class StorageClients
{
    /// <summary>Retries of the test clients: more than the faults a request may get.</summary>
    public const int MaxRetries = 4;

    /// <summary>
    /// Registers clients of <paramref name="connectionString"/> with <paramref name="policies"/>.
    /// They retry after 50 ms instead of 800 ms and time out a silent request after
    /// <paramref name="networkTimeout"/>, so that fault tests finish in seconds.
    /// </summary>
    public static void Use(IServiceCollection services, string connectionString, TimeSpan networkTimeout, params HttpPipelinePolicy[] policies)
    {
        ArgumentNullException.ThrowIfNull(services);

        var tableOptions = new TableClientOptions();
        Configure(tableOptions, networkTimeout, policies);
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        Configure(queueOptions, networkTimeout, policies);

        // The last registration of a service type is the one resolved.
        services.AddSingleton(new TableServiceClient(connectionString, tableOptions));
        services.AddSingleton(new QueueServiceClient(connectionString, queueOptions));
    }

    private static void Configure(ClientOptions options, TimeSpan networkTimeout, HttpPipelinePolicy[] policies)
    {
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(500);
        options.Retry.NetworkTimeout = networkTimeout;
        foreach (var policy in policies)
        {
            options.AddPolicy(policy, HttpPipelinePosition.BeforeTransport);
        }
    }
}
