using System.Diagnostics;
using Azure.Data.Tables;
using MerchantAccess.Benchmarks.Hosting;
using MerchantAccess.Benchmarks.Reporting;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>
/// Cost of the unlock audit over a large population: 100 000 users with 100 locked accounts
/// (10 000 and 10 with <c>--quick</c>), seeded in bulk. The audit runs twice on demand over HTTP,
/// first with changes to make and then with none left. For scale, one query then reads the key of
/// every user row, which is where an audit that read every user would start.
/// </summary>
public sealed class AuditCostScenario(BenchmarkSettings settings) : IScenario
{
    public const string Name = "audit";

    string IScenario.Name => Name;

    public async Task RunAsync(ResultReport report)
    {
        var population = settings.Quick
            ? new AuditPopulation(Companies: 4, UsersPerCompany: 2_500, LockedAccounts: 10, InactiveAccounts: 3)
            : new AuditPopulation(Companies: 20, UsersPerCompany: 5_000, LockedAccounts: 100, InactiveAccounts: 10);
        await using var host = await BenchmarkHost.StartAsync();

        var seeding = Stopwatch.StartNew();
        await population.SeedAsync(host.Instance);
        seeding.Stop();
        report.Add(new ResultRow(Name, "seeding", seeding.Elapsed.TotalSeconds, "s", $"{population.Users} users in {population.Companies} companies, entity group transactions of up to {BulkAccounts.MaxBatchRows} rows"));

        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        await RunAuditAsync(host, report, support, "first run", population);
        await RunAuditAsync(host, report, support, "second run", population);
        await ReadEveryUserAsync(host, report);
    }

    private static async Task RunAuditAsync(BenchmarkHost host, ResultReport report, string support, string run, AuditPopulation population)
    {
        var watch = Stopwatch.StartNew();
        var response = await host.SendAsync(run, HttpMethod.Post, "/api/audit/unlock-reports", accessToken: support);
        watch.Stop();
        if (response.Status != 202)
        {
            throw new InvalidOperationException($"The audit returned status {response.Status}: {response.Text}");
        }

        var counts = response.Json!["counts"]!;
        var locks = counts["passwordLocks"]!.GetValue<int>() + counts["codeLocks"]!.GetValue<int>();
        var tally = host.Counter.Scope(run);
        var summary = $"{locks} locked accounts, {counts["accountsDisabled"]} disabled, {counts["locks"]} lock events; {population.Users} users";
        report.Add(new ResultRow(Name, $"audit {run}: time", watch.Elapsed.TotalMilliseconds, "ms", summary));
        report.Add(new ResultRow(Name, $"audit {run}: entities read", tally.Entities, "entities", "table rows in query pages and point reads, the caller's sign-in check included"));
        report.Add(new ResultRow(Name, $"audit {run}: round trips", tally.RoundTrips, "round trips", string.Join(", ", tally.ByKind.Select(kind => $"{kind.Key} {kind.Value}"))));
    }

    private static async Task ReadEveryUserAsync(BenchmarkHost host, ResultReport report)
    {
        var accounts = ScenarioSteps.AccountsTable(host.Instance);
        var (from, to) = TableKeys.Users();
        var filter = TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}");
        var watch = Stopwatch.StartNew();
        var rows = 0;
        await foreach (var _ in accounts.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
        {
            rows++;
        }

        watch.Stop();
        report.Add(new ResultRow(Name, "reference: read every user row's key", watch.Elapsed.TotalMilliseconds, "ms", $"{rows} rows in one paged query with only RowKey selected"));
    }
}
