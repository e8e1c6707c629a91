namespace MerchantAccess.Benchmarks;

/// <summary>What one run measures, read from the command line.</summary>
public sealed record BenchmarkSettings
{
    public static readonly IReadOnlyList<string> AllScenarios = ["roundtrips", "throughput", "audit", "delivery", "hotpaths"];

    /// <summary>The scenarios to run, in the order of <see cref="AllScenarios"/>.</summary>
    public required IReadOnlyList<string> Scenarios { get; init; }

    /// <summary>Runs each scenario with small counts, to check that it works rather than to measure.</summary>
    public bool Quick { get; init; }

    /// <summary>Folder that receives the markdown and JSON results.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Concurrent clients of the throughput scenario.</summary>
    public int Concurrency { get; init; } = 4;

    public const string Usage = """
        Usage: MerchantAccess.Benchmarks [--scenario NAME]... [--quick] [--concurrency N] [--output FOLDER]

          --scenario NAME   run only this scenario; repeat the option for several. Names:
                            roundtrips  storage round trips per operation
                            throughput  verify-code and login over HTTP beside bare storage loops
                            audit       unlock audit cost with 100 000 users (10 000 with --quick)
                            delivery    reset-to-outbox delivery latency
                            hotpaths    BenchmarkDotNet: hashing, code comparison, tokens, AES-GCM
          --quick           small counts, for a check that each scenario runs (about a minute each)
          --concurrency N   concurrent clients of the throughput scenario (default 4)
          --output FOLDER   where results.md and results.json go (default .local/benchmarks)
        """;

    /// <summary>Parses the arguments; returns <c>null</c> with a message when they are invalid.</summary>
    public static (BenchmarkSettings? Settings, string? Error) Parse(string[] args, string defaultOutput)
    {
        var scenarios = new List<string>();
        var quick = false;
        var concurrency = 4;
        var output = defaultOutput;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scenario" when i + 1 < args.Length:
                    var name = args[++i];
                    if (!AllScenarios.Contains(name))
                    {
                        return (null, $"Unknown scenario '{name}'; expected one of {string.Join(", ", AllScenarios)}.");
                    }

                    scenarios.Add(name);
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--concurrency" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], out concurrency) || concurrency is < 1 or > 64)
                    {
                        return (null, $"Invalid --concurrency '{args[i]}'; expected a whole number from 1 to 64.");
                    }

                    break;
                case "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    return (null, $"Unknown or incomplete option '{args[i]}'.");
            }
        }

        var ordered = scenarios.Count == 0 ? AllScenarios : AllScenarios.Where(scenarios.Contains).ToList();
        return (new BenchmarkSettings { Scenarios = ordered, Quick = quick, Concurrency = concurrency, OutputFolder = output }, null);
    }
}
