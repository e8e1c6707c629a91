namespace MerchantAccess.Benchmarks.Reporting;

/// <summary>One measured figure of a scenario.</summary>
/// <param name="Note">What the figure covers, for example the count of requests or the kinds of round trips.</param>
public sealed record ResultRow(string Scenario, string Measure, double Value, string Unit, string Note = "");
