using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// The account rules hold while storage requests fail: 503 responses, dropped connections, and
/// writes that storage applied but whose response was lost, which the storage client sends again.
/// </summary>
public sealed class StorageFaultTests
{
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Random_faults_change_no_outcome()
    {
        var faults = new StorageFaultPolicy(seed: 8) { Rate = 0.15 };
        await using var host = await ProofHosts.StartAsync(services: services => StorageClients.Use(services, Azurite.ConnectionString, NetworkTimeout, faults));
        faults.Enabled = true;

        try
        {
            await new FaultScenario(host, Azurite.ConnectionString).RunAsync();
        }
        catch
        {
            foreach (var entry in host.Logs.Entries.Where(entry => entry.Exception is not null))
            {
                Console.WriteLine($"{entry.Category} {entry.EventId} {entry.Message} {entry.Exception}");
            }
            throw;
        }

        Assert.All(faults.Faults, fault => Assert.True(faults.Injected.GetValueOrDefault(fault) > 0, $"No {fault} fault was injected."));
        Assert.True(faults.TotalInjected >= 20, $"Only {faults.TotalInjected} faults were injected.");
    }

    [Fact]
    public async Task Every_lost_transaction_response_counts_once()
    {
        // Every account transaction is applied and then loses its response, so the storage client
        // always sends it a second time.
        var faults = new StorageFaultPolicy(seed: 1)
        {
            Rate = 1,
            MaxFaultsPerRequest = 1,
            Faults = [StorageFault.LostResponse],
            Applies = request => StorageRequestClassifier.Classify(request) is "table batch" or "table update" or "table insert",
        };
        await using var host = await ProofHosts.StartAsync(services: services => StorageClients.Use(services, Azurite.ConnectionString, NetworkTimeout, faults));
        faults.Enabled = true;

        await new FaultScenario(host, Azurite.ConnectionString).RunAsync();

        Assert.True(faults.InjectedByRequest.GetValueOrDefault("LostResponse on table batch") >= 10, "Too few transactions lost their response.");
        Assert.True(faults.InjectedByRequest.GetValueOrDefault("LostResponse on table insert") >= 1, "No rate-limit insert lost its response.");
    }
}
