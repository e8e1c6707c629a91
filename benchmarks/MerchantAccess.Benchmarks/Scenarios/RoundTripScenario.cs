using MerchantAccess.Benchmarks.Hosting;
using MerchantAccess.Benchmarks.Reporting;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>
/// Counts the storage round trips of each operation of the account lifecycle, through the local
/// host on Azurite: a user is created, completes the first connection, signs in, is reset, and
/// the audit runs. Each request names its operation, so the round trips of the request are
/// counted apart from the background delivery, which is counted between the response and the
/// moment the queue is empty.
/// </summary>
public sealed class RoundTripScenario(BenchmarkSettings settings) : IScenario
{
    public const string Name = "roundtrips";

    /// <summary>Round trips that change stored state: every request other than a read.</summary>
    private static readonly string[] ReadKinds = ["table query", "table point read", "blob read", "blob properties", "queue peek", "queue receive", "queue receive (empty)"];

    private readonly Dictionary<string, List<StorageTally>> _tallies = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private StorageRoundTripCounter? _counter;

    string IScenario.Name => Name;

    public async Task RunAsync(ResultReport report)
    {
        var repetitions = settings.Quick ? 1 : 3;
        await using var host = await BenchmarkHost.StartAsync();
        _counter = host.Counter;
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);

        for (var run = 0; run < repetitions; run++)
        {
            await MeasureLifecycleAsync(host, admin, support, run);
        }

        foreach (var operation in _order)
        {
            var tallies = _tallies[operation];
            var counts = tallies.Select(tally => tally.RoundTrips).Order().ToList();
            var writes = tallies[0].RoundTripsExcept(ReadKinds);
            var kinds = string.Join(", ", tallies[0].ByKind.Select(kind => $"{kind.Key} {kind.Value}"));
            var spread = counts[0] == counts[^1] ? $"same in {counts.Count} runs" : $"{counts[0]} to {counts[^1]} in {counts.Count} runs";
            report.Add(new ResultRow(Name, operation, counts[counts.Count / 2], "round trips", $"{writes} write(s); {kinds}; {spread}"));
        }
    }

    private async Task MeasureLifecycleAsync(BenchmarkHost host, string admin, string support, int run)
    {
        var email = $"bench.roundtrip{run}@boulangerie-dupont.example";
        var created = await Expect(201, host.SendAsync(Scope("create user", run), HttpMethod.Post, "/api/users", new { firstName = "Bench", lastName = $"Roundtrip{run}", email, language = "fr" }, admin));
        var login = created.String("login")!;
        var userId = created.String("id")!;
        var credentials = await CountDeliveryAsync(host, "credentials delivery after create", run, () => host.Instance.Outbox.WaitForCredentialsAsync(email, 1));

        var passwordStep = await Expect(200, host.SendAsync(Scope("login, temporary password", run), HttpMethod.Post, "/api/auth/login", new { login, password = credentials.TemporaryPassword }));
        var challenge = passwordStep.String("challengeToken");
        await Expect(400, host.SendAsync(Scope("verify code, wrong", run), HttpMethod.Post, "/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG234" }));
        var codeStep = await Expect(200, host.SendAsync(Scope("verify code", run), HttpMethod.Post, "/api/auth/security-code", new { challengeToken = challenge, securityCode = DupontSecurityCode }));
        var newPassword = $"Benchmark2027Run{run}";
        await Expect(200, host.SendAsync(Scope("new password", run), HttpMethod.Post, "/api/auth/new-password", new { challengeToken = codeStep.String("challengeToken"), newPassword }));
        await ScenarioSteps.WaitForEmptyQueueAsync(host.Instance);

        await Expect(200, host.SendAsync(Scope("login", run), HttpMethod.Post, "/api/auth/login", new { login, password = newPassword }));
        await Expect(401, host.SendAsync(Scope("login, wrong password", run), HttpMethod.Post, "/api/auth/login", new { login, password = "NotThePassword2027" }));
        await Expect(401, host.SendAsync(Scope("login, unknown login", run), HttpMethod.Post, "/api/auth/login", new { login = $"nobody.bench{run}", password = "NotThePassword2027" }));

        await Expect(200, host.SendAsync(Scope("reset", run), HttpMethod.Post, $"/api/users/{userId}/password-reset", accessToken: admin));
        await CountDeliveryAsync(host, "credentials delivery after reset", run, () => host.Instance.Outbox.WaitForCredentialsAsync(email, 2));

        await Expect(200, host.SendAsync(Scope("search page", run), HttpMethod.Get, "/api/users?query=bench", accessToken: admin));
        await Expect(200, host.SendAsync(Scope("view user", run), HttpMethod.Get, $"/api/users/{userId}", accessToken: admin));
        await Expect(202, host.SendAsync(Scope("audit run", run), HttpMethod.Post, "/api/audit/unlock-reports", accessToken: support));
        await ScenarioSteps.WaitForEmptyQueueAsync(host.Instance);
    }

    /// <summary>Counts the round trips made in the background from now until <paramref name="delivered"/> completes and the queue is empty.</summary>
    private async Task<T> CountDeliveryAsync<T>(BenchmarkHost host, string operation, int run, Func<Task<T>> delivered)
    {
        var before = Snapshot(host.Counter.Total);
        var result = await delivered();
        await ScenarioSteps.WaitForEmptyQueueAsync(host.Instance);
        var tally = Record(operation, run);
        foreach (var (kind, count) in host.Counter.Total.ByKind)
        {
            for (var i = count - before.GetValueOrDefault(kind); i > 0; i--)
            {
                tally.Add(kind, 0);
            }
        }

        return result;
    }

    private string Scope(string operation, int run)
    {
        Record(operation, run);
        return $"{operation}#{run}";
    }

    /// <summary>Registers the tally of one operation in one run; a request scope of the same name fills it.</summary>
    private StorageTally Record(string operation, int run)
    {
        if (!_tallies.TryGetValue(operation, out var list))
        {
            list = [];
            _tallies[operation] = list;
            _order.Add(operation);
        }

        if (list.Count <= run)
        {
            list.Add(_counter!.Scope($"{operation}#{run}"));
        }

        return list[run];
    }

    private static Dictionary<string, int> Snapshot(StorageTally tally) => new(tally.ByKind, StringComparer.Ordinal);

    private static async Task<ApiResponse> Expect(int status, Task<ApiResponse> call)
    {
        var response = await call;
        if (response.Status != status)
        {
            throw new InvalidOperationException($"Expected status {status}, got {response.Status}: {response.Text}");
        }

        return response;
    }
}
