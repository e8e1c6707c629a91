using MerchantAccess.Benchmarks.Reporting;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>A bounded measurement that adds its figures to the report.</summary>
public interface IScenario
{
    string Name { get; }

    Task RunAsync(ResultReport report);
}
