using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.Reliability.Tests;

/// <summary>Starts local hosts whose storage and logs the final secrets scan reads.</summary>
public static class ProofHosts
{
    /// <summary>
    /// Starts a host on the shared Azurite, or on <paramref name="connectionString"/> when given,
    /// and records it in <see cref="HostRegistry"/>.
    /// </summary>
    public static async Task<LocalHostInstance> StartAsync(
        Action<Dictionary<string, string?>>? adjust = null,
        Action<IServiceCollection>? services = null,
        string? connectionString = null)
    {
        var host = await LocalHostInstance.StartAsync(
            settings =>
            {
                if (connectionString is not null)
                {
                    settings["AzureWebJobsStorage"] = connectionString;
                }

                adjust?.Invoke(settings);
            },
            services);
        HostRegistry.Add(host, connectionString ?? Azurite.ConnectionString);
        return host;
    }
}
