using MerchantAccess.Functions;
using MerchantAccess.LocalHost.Catalog;
using MerchantAccess.LocalHost.Invocation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace MerchantAccess.LocalHost.Triggers;

/// <summary>Maps each HTTP-triggered function to its route and methods under the route prefix of <c>host.json</c>.</summary>
public static partial class HttpFunctionEndpoints
{
    public static void Map(WebApplication app, IEnumerable<FunctionDescriptor> functions, HostJsonSettings host)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(host);

        foreach (var function in functions.Where(function => function.Trigger == TriggerKind.Http))
        {
            var pattern = RoutePattern(host.RoutePrefix, function.Route!);
            var handler = (RequestDelegate)(context => InvokeAsync(context, function));
            var endpoint = function.HttpMethods.Count == 0
                ? app.Map(pattern, handler)
                : app.MapMethods(pattern, function.HttpMethods.Select(method => method.ToUpperInvariant()), handler);
            endpoint.WithDisplayName(function.Name);
        }
    }

    /// <summary>The full route of a function: the prefix and the function's template, joined by a slash.</summary>
    public static string RoutePattern(string routePrefix, string route) =>
        "/" + string.Join('/', new[] { routePrefix.Trim('/'), route.Trim('/') }.Where(part => part.Length > 0));

    private static async Task InvokeAsync(HttpContext context, FunctionDescriptor function)
    {
        var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpFunctionEndpoints));
        var bindingData = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in context.Request.RouteValues)
        {
            bindingData[key] = value?.ToString();
        }

        try
        {
            var result = await invoker.InvokeAsync(function, new InvocationInput
            {
                TriggerValue = context.Request,
                HttpContext = context,
                BindingData = bindingData,
                CancellationToken = context.RequestAborted,
            });

            if (result is IActionResult actionResult)
            {
                await actionResult.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            }
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // As on the Functions host, an unhandled exception becomes an empty 500.
            LogFunctionFailed(logger, exception, function.Name);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "Function {FunctionName} failed")]
    private static partial void LogFunctionFailed(ILogger logger, Exception exception, string functionName);
}
