using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MerchantAccess.Deployment.Tests;

/// <summary>One diagnostic of <c>bicep lint</c>, read from its SARIF output.</summary>
public sealed record BicepDiagnostic(string RuleId, string Level, string File, int Line, string Message)
{
    /// <summary>
    /// Reads the SARIF logs that <c>bicep lint</c> writes one after the other, one per file it
    /// linted. A result without a level is a warning, as SARIF defines.
    /// </summary>
    public static (int Files, IReadOnlyList<BicepDiagnostic> Diagnostics) ParseSarif(string sarif)
    {
        var logs = new List<JsonNode>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(sarif), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            logs.Add(JsonNode.Parse(ref reader)!);
        }

        var diagnostics = logs
            .SelectMany(log => log["runs"]!.AsArray())
            .SelectMany(run => run!["results"]?.AsArray() ?? [])
            .Select(result =>
            {
                var location = result!["locations"]?[0]?["physicalLocation"];
                return new BicepDiagnostic(
                    result["ruleId"]?.GetValue<string>() ?? "",
                    result["level"]?.GetValue<string>() ?? "warning",
                    location?["artifactLocation"]?["uri"]?.GetValue<string>() ?? "",
                    location?["region"]?["startLine"]?.GetValue<int>() ?? 0,
                    result["message"]?["text"]?.GetValue<string>() ?? "");
            })
            .ToList();
        return (logs.Count, diagnostics);
    }

    /// <summary>Whether the diagnostic fails CI: errors and warnings do, notes do not.</summary>
    public bool IsFailure => Level is "error" or "warning";

    public override string ToString() => $"{File}({Line}): {Level} {RuleId}: {Message}";
}
