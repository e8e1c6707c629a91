using Microsoft.AspNetCore.Http;

namespace MerchantAccess.LocalHost.Invocation;

/// <summary>
/// What a trigger hands to an invocation: the trigger value and its binding data (route values,
/// queue message metadata), looked up by parameter name without regard to case, as the worker does.
/// </summary>
public sealed class InvocationInput
{
    public object? TriggerValue { get; init; }

    public HttpContext? HttpContext { get; init; }

    public IReadOnlyDictionary<string, object?> BindingData { get; init; } = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

    public CancellationToken CancellationToken { get; init; }
}
