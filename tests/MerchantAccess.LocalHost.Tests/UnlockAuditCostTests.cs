using System.Diagnostics;
using Azure.Core;
using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The audit's reads grow with companies, locked accounts, due changes and lock events, not with
/// users: tens of thousands of users are seeded in bulk, and the entities the run reads are counted.
/// </summary>
[Collection(nameof(UnlockAuditCostTests))]
public sealed class UnlockAuditCostTests(ITestOutputHelper output)
{
    private static readonly AuditPopulation Population = new(Companies: 4, UsersPerCompany: 5_000, LockedAccounts: 5, InactiveAccounts: 3);

    [Fact]
    public async Task Run_reads_markers_and_events_not_users()
    {
        var counter = new StorageRoundTripCounter();
        await using var host = await LocalHostInstance.StartAsync(services: services => services.AddSingleton(_ =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(counter.PolicyFor("table"), HttpPipelinePosition.PerRetry);
            return new TableServiceClient(Azurite.ConnectionString, options);
        }));

        try
        {
            var seeding = Stopwatch.StartNew();
            await Population.SeedAsync(host);
            output.WriteLine($"Seeded {Population.Users} users in {seeding.Elapsed.TotalSeconds:F1} s");
            var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
            var companies = (await host.Services.GetRequiredService<IAccountStore>().ListCompaniesAsync(CancellationToken.None)).Count;

            counter.Total.Reset();
            var run = await host.Client.PostJsonAsync("/api/audit/unlock-reports", null, support);
            var entitiesRead = counter.Total.Entities;

            Assert.Equal(202, run.Status);
            var counts = run.Json!["counts"]!;
            var locks = counts["passwordLocks"]!.GetValue<int>() + counts["codeLocks"]!.GetValue<int>();
            var lockEvents = counts["locks"]!.GetValue<int>() + counts["unlocks"]!.GetValue<int>();
            var changes = counts["accountsDisabled"]!.GetValue<int>() + counts["temporaryPasswordsExpired"]!.GetValue<int>() + counts["timedLocksEnded"]!.GetValue<int>();
            Assert.Equal(Population.LockedAccounts, locks);
            Assert.Equal(Population.InactiveAccounts, counts["accountsDisabled"]!.GetValue<int>());

            // Each change reads its marker, then the user and company rows; signing the caller in
            // reads the user and company rows once more.
            var bound = companies + locks + lockEvents + (3 * changes) + 2;
            output.WriteLine($"Read {entitiesRead} entities; bound {bound}; {companies} companies, {locks} locks, {lockEvents} lock events, {changes} changes");
            Assert.InRange(entitiesRead, 1, bound);
            Assert.True(bound < Population.Users / 100, $"The bound {bound} is not small against {Population.Users} users.");
        }
        finally
        {
            await BulkAccounts.DeleteStorageAsync(host);
        }
    }
}
