using MerchantAccess.Benchmarks.Hosting;
using MerchantAccess.Benchmarks.Measurement;
using MerchantAccess.Benchmarks.Reporting;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>
/// Throughput and latency percentiles of verify-code and login through the local host over real
/// HTTP. In the same run, each is followed by a bare loop that makes the same storage round trips
/// directly (and, for login, the same password-hash check), with the same number of clients.
/// Every request succeeds: verify-code enters the right code for a fresh first connection, and
/// login signs in an active user with the right password.
/// </summary>
public sealed class ThroughputScenario(BenchmarkSettings settings) : IScenario
{
    public const string Name = "throughput";

    private const string SecurityCode = "BENCH234";
    private const string Password = "Throughput2027Bench";

    /// <summary>Requests of each series before the measured ones, not reported: they warm up connections and code paths.</summary>
    private const int WarmUp = 8;

    string IScenario.Name => Name;

    private int VerifyRequests => settings.Quick ? 40 : 400;

    private int LoginRequests => settings.Quick ? 20 : 200;

    /// <summary>Users that the login series cycles through, more than the clients, so concurrent sign-ins rarely touch one user.</summary>
    private int LoginUsers => Math.Max(4 * settings.Concurrency, 16);

    public async Task RunAsync(ResultReport report)
    {
        await using var host = await BenchmarkHost.StartAsync();
        var services = host.Instance.Services;
        var now = DateTimeOffset.UtcNow;
        var company = await BulkAccounts.CreateCompanyAsync(host.Instance, "Bench throughput", SecurityCode, now);
        var hash = await services.GetRequiredService<IPasswordHasher>().HashAsync(Password, CancellationToken.None);

        var verifyHostUsers = ThroughputUsers.ResetPending(company.Id, "verify.host", VerifyRequests + WarmUp, hash, now);
        var verifyBareUsers = ThroughputUsers.ResetPending(company.Id, "verify.bare", VerifyRequests + WarmUp, hash, now);
        var loginHostUsers = ThroughputUsers.Active(company.Id, "login.host", LoginUsers, hash, now);
        var loginBareUsers = ThroughputUsers.Active(company.Id, "login.bare", LoginUsers, hash, now);
        await ThroughputUsers.WriteAsync(host.Instance, [.. verifyHostUsers, .. verifyBareUsers, .. loginHostUsers, .. loginBareUsers]);

        var tokens = services.GetRequiredService<ITokenService>();
        var challenges = verifyHostUsers
            .Select(user => tokens.IssueChallenge(new ChallengeClaims(user.Id, user.CompanyId, ChallengeStep.SecurityCode, user.Reset!.Id), now.AddHours(1)).Value)
            .ToList();
        var bare = BareLoop(host);

        var verifyHost = await MeasureAsync(VerifyRequests, index => VerifyOverHttpAsync(host, challenges[index]));
        var verifyBare = await MeasureAsync(VerifyRequests, index => bare.VerifyCodeAsync(verifyBareUsers[index]));
        Report(report, "verify code", verifyHost, verifyBare, "right code, fresh first connection each; bare: 1 query + 1 transaction");

        var loginHost = await MeasureAsync(LoginRequests, index => LoginOverHttpAsync(host, loginHostUsers[index % LoginUsers].Login));
        var loginBare = await MeasureAsync(LoginRequests, index => bare.LoginAsync(loginBareUsers[index % LoginUsers].NormalizedLogin, Password));
        Report(report, "login", loginHost, loginBare, $"right password, {LoginUsers} users in turn; bare: 1 point read + 1 query + PBKDF2 check + 1 transaction");
    }

    /// <summary>Runs the warm-up requests on the first indexes, then the measured ones on the rest.</summary>
    private async Task<LatencySample> MeasureAsync(int count, Func<int, Task> operation)
    {
        await LoadRunner.RunAsync(WarmUp, settings.Concurrency, index => operation(count + index));
        return await LoadRunner.RunAsync(count, settings.Concurrency, operation);
    }

    private static async Task VerifyOverHttpAsync(BenchmarkHost host, string challenge)
    {
        var response = await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = SecurityCode });
        if (response.Status != 200)
        {
            throw new InvalidOperationException($"Verify-code returned status {response.Status}: {response.Text}");
        }
    }

    private static async Task LoginOverHttpAsync(BenchmarkHost host, string login)
    {
        var response = await host.Client.PostJsonAsync("/api/auth/login", new { login, password = Password });
        if (response.Status != 200 || response.String("status") != "authenticated")
        {
            throw new InvalidOperationException($"Login returned status {response.Status}: {response.Text}");
        }
    }

    private static BareStorageLoop BareLoop(BenchmarkHost host)
    {
        // Clients of their own, outside the host's counted pipeline, as a separate program would have.
        var options = host.Instance.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var tables = new TableServiceClient(Azurite.ConnectionString);
        return new BareStorageLoop(tables.GetTableClient(options.AccountsTable), tables.GetTableClient(options.DirectoryTable));
    }

    private void Report(ResultReport report, string operation, LatencySample overHttp, LatencySample bare, string note)
    {
        var clients = $"{overHttp.Count} requests, {settings.Concurrency} clients";
        foreach (var (series, sample) in new[] { ("local host", overHttp), ("bare loop", bare) })
        {
            report.Add(new ResultRow(Name, $"{operation}, {series}: throughput", sample.Throughput, "requests/s", clients));
            report.Add(new ResultRow(Name, $"{operation}, {series}: p50", sample.Percentile(50), "ms", ""));
            report.Add(new ResultRow(Name, $"{operation}, {series}: p95", sample.Percentile(95), "ms", ""));
            report.Add(new ResultRow(Name, $"{operation}, {series}: p99", sample.Percentile(99), "ms", ""));
        }

        report.Add(new ResultRow(Name, $"{operation}: p50 ratio host / bare", overHttp.Percentile(50) / bare.Percentile(50), "×", note));
        report.Add(new ResultRow(Name, $"{operation}: p99 ratio host / bare", overHttp.Percentile(99) / bare.Percentile(99), "×", ""));
        report.Add(new ResultRow(Name, $"{operation}: throughput ratio host / bare", overHttp.Throughput / bare.Throughput, "×", ""));
    }
}
