using System.Text.Json.Nodes;
using MerchantAccess.LocalHost.Catalog;
using MerchantAccess.Testing;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The <c>functions.metadata</c> that the Functions SDK generates at build, which the Azure host
/// reads, lists exactly what the local host serves: same functions, triggers, routes, methods,
/// queues and schedules.
/// </summary>
public sealed class FunctionMetadataTests
{
    [Fact]
    public void Generated_metadata_matches_local_host_catalog()
    {
        var metadata = ReadMetadata();
        var generated = metadata.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var served = LocalFunctionsHost.Functions.Select(Describe).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(served);
        Assert.Equal(generated, served);
    }

    [Fact]
    public void Catalog_has_http_queue_and_timer_functions()
    {
        var triggers = LocalFunctionsHost.Functions.GroupBy(function => function.Trigger).ToDictionary(group => group.Key, group => group.Count());

        Assert.True(triggers[TriggerKind.Http] >= 6);
        Assert.Equal(1, triggers[TriggerKind.Queue]);
        Assert.Equal(2, triggers[TriggerKind.Timer]);
    }

    private static string Describe(FunctionDescriptor function) => function.Trigger switch
    {
        TriggerKind.Http => $"{function.Name} httpTrigger {function.Route} {string.Join(',', function.HttpMethods.Order(StringComparer.Ordinal))}",
        TriggerKind.Queue => $"{function.Name} queueTrigger {function.QueueName} {function.Connection}",
        _ => $"{function.Name} timerTrigger {function.Schedule}",
    };

    private static string Describe(JsonNode function)
    {
        var name = function["name"]!.GetValue<string>();
        var trigger = function["bindings"]!.AsArray().Single(binding => binding!["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal))!;
        var type = trigger["type"]!.GetValue<string>();
        return type switch
        {
            "httpTrigger" => $"{name} httpTrigger {trigger["route"]} {string.Join(',', trigger["methods"]!.AsArray().Select(method => method!.GetValue<string>().ToLowerInvariant()).Order(StringComparer.Ordinal))}",
            "queueTrigger" => $"{name} queueTrigger {trigger["queueName"]} {trigger["connection"]}",
            "timerTrigger" => $"{name} timerTrigger {trigger["schedule"]}",
            _ => $"{name} unsupported trigger {type}",
        };
    }

    /// <summary>Reads the metadata the build wrote next to the function app, in the configuration of this test run.</summary>
    private static List<JsonNode> ReadMetadata()
    {
        var path = Path.Combine(RepositoryPaths.FunctionAppOutput, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing; build the function app first.");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(node => node!).ToList();
    }
}
