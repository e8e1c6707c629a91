using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.LocalHost.Catalog;

/// <summary>
/// Discovers the functions of an assembly from their <see cref="FunctionAttribute"/> and trigger
/// attributes, the same source the Functions SDK generates <c>functions.metadata</c> from. There
/// is no second list to keep in step.
/// </summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDescriptor> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var functions = new List<FunctionDescriptor>();
        foreach (var type in assembly.GetExportedTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is { } function)
                {
                    functions.Add(Describe(function.Name, method));
                }
            }
        }

        var duplicates = functions.GroupBy(function => function.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException($"Function names must be unique; used more than once: {string.Join(", ", duplicates)}.");
        }

        return functions.OrderBy(function => function.Name, StringComparer.Ordinal).ToList();
    }

    private static FunctionDescriptor Describe(string name, MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
            {
                return new FunctionDescriptor
                {
                    Name = name,
                    Method = method,
                    Trigger = TriggerKind.Http,
                    TriggerParameter = parameter,
                    Route = http.Route ?? name,
                    HttpMethods = (http.Methods ?? []).Select(verb => verb.ToLowerInvariant()).ToList(),
                };
            }

            if (parameter.GetCustomAttribute<QueueTriggerAttribute>() is { } queue)
            {
                return new FunctionDescriptor
                {
                    Name = name,
                    Method = method,
                    Trigger = TriggerKind.Queue,
                    TriggerParameter = parameter,
                    QueueName = queue.QueueName,
                    Connection = queue.Connection ?? "AzureWebJobsStorage",
                };
            }

            if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
            {
                return new FunctionDescriptor
                {
                    Name = name,
                    Method = method,
                    Trigger = TriggerKind.Timer,
                    TriggerParameter = parameter,
                    Schedule = timer.Schedule,
                    RunOnStartup = timer.RunOnStartup,
                };
            }
        }

        throw new InvalidOperationException($"Function {name} ({method.DeclaringType?.Name}.{method.Name}) has no trigger the local host supports (HTTP, queue or timer).");
    }
}
