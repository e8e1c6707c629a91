using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MerchantAccess.Functions.Http;

/// <summary>
/// Writes a value as JSON with the API's settings. It does not depend on MVC formatters, so the
/// Functions worker and the local host produce byte-identical bodies.
/// </summary>
public sealed class JsonResponseResult(object? value, int statusCode, string contentType = "application/json; charset=utf-8") : IActionResult
{
    public object? Value => value;

    public int StatusCode => statusCode;

    /// <summary>Headers to add to the response, such as <c>Retry-After</c>.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var response = context.HttpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-store";
        foreach (var (name, headerValue) in Headers)
        {
            response.Headers[name] = headerValue;
        }

        await JsonSerializer.SerializeAsync(response.Body, value, value?.GetType() ?? typeof(object), ApiJson.Response, context.HttpContext.RequestAborted);
    }
}
