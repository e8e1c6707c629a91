using System.Diagnostics;
using MerchantAccess.Benchmarks;
using MerchantAccess.Benchmarks.Reporting;
using MerchantAccess.Benchmarks.Scenarios;
using MerchantAccess.Testing;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchmarkSettings.Usage);
    return 0;
}

var (settings, error) = BenchmarkSettings.Parse(args, Path.Combine(RepositoryPaths.Root, ".local", "benchmarks"));
if (settings is null)
{
    Console.Error.WriteLine($"error: {error}");
    Console.Error.WriteLine(BenchmarkSettings.Usage);
    return 2;
}

Azurite.EnsureRunning();
var report = new ResultReport(settings, MachineInfo.Read(), Environment.GetEnvironmentVariable("AZURITE_VERSION") ?? "unknown");
foreach (var name in settings.Scenarios)
{
    IScenario scenario = name switch
    {
        RoundTripScenario.Name => new RoundTripScenario(settings),
        ThroughputScenario.Name => new ThroughputScenario(settings),
        AuditCostScenario.Name => new AuditCostScenario(settings),
        DeliveryLatencyScenario.Name => new DeliveryLatencyScenario(settings),
        _ => new HotPathScenario(settings),
    };

    Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] Running the {name} scenario{(settings.Quick ? " (quick)" : "")}");
    var watch = Stopwatch.StartNew();
    try
    {
        await scenario.RunAsync(report);
    }
    catch (Exception exception)
    {
        // One failed scenario, for example when the emulator stops during the run, must not lose
        // the figures of the others. The failure is reported and the exit code is 1.
        Console.Error.WriteLine($"error: the {name} scenario failed: {exception}");
        report.AddFailure(name, exception.GetBaseException().Message);
    }

    report.AddDuration(name, watch.Elapsed);
}

Console.WriteLine(report.Table());
var (markdown, json) = report.Write(MachineInfo.ReadLoadAverage());
Console.Error.WriteLine($"Results written to {markdown} and {json}");
return report.Failures.Count == 0 ? 0 : 1;
