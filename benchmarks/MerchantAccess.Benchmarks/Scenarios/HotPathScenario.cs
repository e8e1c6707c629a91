using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MerchantAccess.Benchmarks.HotPaths;
using MerchantAccess.Benchmarks.Reporting;
using Perfolizer.Horology;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>
/// Runs <see cref="HotPathBenchmarks"/> with BenchmarkDotNet in this process (no separate build),
/// with a bounded number of iterations so that the run stays short on a shared machine.
/// </summary>
public sealed class HotPathScenario(BenchmarkSettings settings) : IScenario
{
    public const string Name = "hotpaths";

    string IScenario.Name => Name;

    public Task RunAsync(ResultReport report)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(settings.Quick ? 1 : 3)
            .WithIterationCount(settings.Quick ? 3 : 10)
            .WithIterationTime(TimeInterval.FromMilliseconds(settings.Quick ? 100 : 400));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(settings.OutputFolder, "BenchmarkDotNet.Artifacts"));

        var summary = BenchmarkRunner.Run<HotPathBenchmarks>(config);
        foreach (var result in summary.Reports)
        {
            var name = result.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            if (result.ResultStatistics is not { } statistics)
            {
                throw new InvalidOperationException($"BenchmarkDotNet produced no result for {name}; its log is in {summary.ResultsDirectoryPath}.");
            }

            var allocated = result.GcStats.GetBytesAllocatedPerOperation(result.BenchmarkCase) ?? 0;
            report.Add(new ResultRow(Name, name, statistics.Mean / 1000, "µs", $"± {statistics.StandardDeviation / 1000:0.###} µs standard deviation, {allocated} B allocated per operation, {statistics.N} iterations"));
        }

        return Task.CompletedTask;
    }
}
