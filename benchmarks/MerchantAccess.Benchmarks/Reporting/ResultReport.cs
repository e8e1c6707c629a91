using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MerchantAccess.Benchmarks.Reporting;

/// <summary>The figures of one run, printed as a table and written as markdown and JSON.</summary>
public sealed class ResultReport(BenchmarkSettings settings, MachineInfo machine, string azuriteVersion)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly List<ResultRow> _rows = [];
    private readonly List<(string Scenario, string Error)> _failures = [];
    private readonly List<(string Scenario, TimeSpan Duration)> _durations = [];
    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;

    public IReadOnlyList<ResultRow> Rows => _rows;

    public void Add(ResultRow row) => _rows.Add(row);

    public void AddDuration(string scenario, TimeSpan duration) => _durations.Add((scenario, duration));

    /// <summary>Scenarios that stopped with an error, and the error.</summary>
    public IReadOnlyList<(string Scenario, string Error)> Failures => _failures;

    public void AddFailure(string scenario, string error) => _failures.Add((scenario, error));

    /// <summary>Writes <c>results.md</c> and <c>results.json</c> to the output folder and returns their paths.</summary>
    public (string Markdown, string Json) Write(string loadAverageAtEnd)
    {
        Directory.CreateDirectory(settings.OutputFolder);
        var markdownPath = Path.Combine(settings.OutputFolder, "results.md");
        var jsonPath = Path.Combine(settings.OutputFolder, "results.json");
        File.WriteAllText(markdownPath, Markdown(loadAverageAtEnd));
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(
            new
            {
                startedAt = _startedAt,
                mode = settings.Quick ? "quick" : "full",
                settings.Concurrency,
                machine,
                azuriteVersion,
                loadAverageAtEnd,
                durations = _durations.Select(entry => new { entry.Scenario, seconds = Math.Round(entry.Duration.TotalSeconds, 1) }),
                failures = _failures.Select(entry => new { entry.Scenario, entry.Error }),
                rows = _rows,
            },
            Json));
        return (markdownPath, jsonPath);
    }

    /// <summary>Formats the rows as an aligned plain-text table.</summary>
    public string Table()
    {
        string[] header = ["scenario", "measure", "value", "unit", "note"];
        var cells = _rows.Select(row => new[] { row.Scenario, row.Measure, Format(row.Value), row.Unit, row.Note }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(column => cells.Max(cell => cell[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var cell in cells)
        {
            text.AppendLine(string.Join("  ", cell.Select((value, column) => column == 2 ? value.PadLeft(widths[column]) : value.PadRight(widths[column]))).TrimEnd());
        }

        return text.ToString();
    }

    public static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e9
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString(Math.Abs(value) >= 100 ? "0.0" : "0.###", CultureInfo.InvariantCulture);

    private string Markdown(string loadAverageAtEnd)
    {
        var text = new StringBuilder();
        text.AppendLine("# MerchantAccess benchmark results");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- started: {_startedAt:yyyy-MM-dd HH:mm:ss} UTC, mode: {(settings.Quick ? "quick" : "full")}, concurrency: {settings.Concurrency}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- machine: {machine.Processors} processors, {machine.ProcessorModel}, {machine.Memory} memory, {machine.OperatingSystem}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- runtime: {machine.Runtime}; Azurite {azuriteVersion}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- load average (1, 5, 15 min): {machine.LoadAverage} at the start, {loadAverageAtEnd} at the end");
        text.AppendLine(CultureInfo.InvariantCulture, $"- scenario durations: {string.Join(", ", _durations.Select(entry => $"{entry.Scenario} {entry.Duration.TotalSeconds:F0} s"))}");
        foreach (var (scenario, error) in _failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **failed**: the {scenario} scenario stopped with: {error}");
        }

        text.AppendLine();
        text.AppendLine("| scenario | measure | value | unit | note |");
        text.AppendLine("| --- | --- | ---: | --- | --- |");
        foreach (var row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Scenario} | {row.Measure} | {Format(row.Value)} | {row.Unit} | {row.Note.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        return text.ToString();
    }
}
