using System.Diagnostics;
using MerchantAccess.Benchmarks.Hosting;
using MerchantAccess.Benchmarks.Measurement;
using MerchantAccess.Benchmarks.Reporting;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>
/// Time from an administrator's reset request to the credentials e-mail file in the outbox,
/// with the queue polling of <c>host.json</c> (an empty queue is polled again after 100 ms,
/// doubling up to <c>maxPollingInterval</c>) and with the 200 ms maximum the tests use. Resets
/// run one at a time with a pause longer than the polling maximum between them, so each starts
/// against an idle, backed-off listener, as sparse resets do in service.
/// </summary>
public sealed class DeliveryLatencyScenario(BenchmarkSettings settings) : IScenario
{
    public const string Name = "delivery";

    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1.5);

    string IScenario.Name => Name;

    public async Task RunAsync(ResultReport report)
    {
        var resets = settings.Quick ? 5 : 20;
        await MeasureAsync(report, resets, "host.json polling (max 1 s)", useHostJson: true);
        await MeasureAsync(report, resets, "test polling (max 200 ms)", useHostJson: false);
    }

    private static async Task MeasureAsync(ResultReport report, int resets, string label, bool useHostJson)
    {
        await using var host = await BenchmarkHost.StartAsync(useHostJson
            ? settings =>
            {
                settings.Remove("AzureFunctionsJobHost:extensions:queues:maxPollingInterval");
                settings.Remove("AzureFunctionsJobHost:extensions:queues:visibilityTimeout");
            }
            : null);
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontClerk);

        var toOutbox = new List<TimeSpan>();
        var answers = new List<TimeSpan>();
        for (var i = 1; i <= resets; i++)
        {
            await Task.Delay(Pause);
            var started = Stopwatch.GetTimestamp();
            var reset = await ScenarioSteps.ResetAsync(host.Client, admin, userId);
            answers.Add(Stopwatch.GetElapsedTime(started));
            if (reset.Status != 200)
            {
                throw new InvalidOperationException($"The reset returned status {reset.Status}: {reset.Text}");
            }

            await WaitForCredentialsFileAsync(host, i);
            toOutbox.Add(Stopwatch.GetElapsedTime(started));
        }

        var delivered = new LatencySample(toOutbox, toOutbox.Aggregate(TimeSpan.Zero, (sum, next) => sum + next));
        var answered = new LatencySample(answers, answers.Aggregate(TimeSpan.Zero, (sum, next) => sum + next));
        var note = $"{resets} resets one at a time";
        report.Add(new ResultRow(Name, $"{label}: reset answer p50", answered.Percentile(50), "ms", note));
        report.Add(new ResultRow(Name, $"{label}: reset to outbox p50", delivered.Percentile(50), "ms", note));
        report.Add(new ResultRow(Name, $"{label}: reset to outbox p95", delivered.Percentile(95), "ms", ""));
        report.Add(new ResultRow(Name, $"{label}: reset to outbox p99", delivered.Percentile(99), "ms", ""));
        report.Add(new ResultRow(Name, $"{label}: reset to outbox max", delivered.Percentile(100), "ms", ""));
    }

    /// <summary>Polls the outbox folder every 5 ms until it contains <paramref name="count"/> credentials e-mails for the clerk.</summary>
    private static async Task WaitForCredentialsFileAsync(BenchmarkHost host, int count)
    {
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 30);
        while (host.Instance.Outbox.CredentialsTo(DupontClerkEmail).Count < count)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The credentials e-mail of reset {count} did not reach {host.Instance.Outbox.Path} within 30 seconds.");
            }

            await Task.Delay(5);
        }
    }
}
