using System.Reflection;

namespace MerchantAccess.LocalHost.Catalog;

/// <summary>
/// One function as its attributes declare it: the name, the method, and its trigger. The values
/// are as written in the attributes, before <c>%setting%</c> expressions are resolved, so they can
/// be compared with the generated <c>functions.metadata</c>.
/// </summary>
public sealed record FunctionDescriptor
{
    public required string Name { get; init; }

    public required MethodInfo Method { get; init; }

    public required TriggerKind Trigger { get; init; }

    /// <summary>The parameter that receives the trigger's data.</summary>
    public required ParameterInfo TriggerParameter { get; init; }

    /// <summary>HTTP route template, without the route prefix.</summary>
    public string? Route { get; init; }

    /// <summary>HTTP methods in lower case; empty means every method.</summary>
    public IReadOnlyList<string> HttpMethods { get; init; } = [];

    public string? QueueName { get; init; }

    /// <summary>Name of the setting that holds the queue's storage connection.</summary>
    public string? Connection { get; init; }

    /// <summary>Six-field NCRONTAB schedule, or a <c>%setting%</c> expression that names one.</summary>
    public string? Schedule { get; init; }

    public bool RunOnStartup { get; init; }
}
