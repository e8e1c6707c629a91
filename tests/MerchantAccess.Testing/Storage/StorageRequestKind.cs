using Azure;
using Azure.Core;

namespace MerchantAccess.Testing.Storage;

/// <summary>Names the kind of a storage REST request from its method and path.</summary>
internal static class StorageRequestKind
{
    /// <summary>
    /// Names the kind of <paramref name="request"/> to <paramref name="service"/> (<c>table</c>,
    /// <c>queue</c> or <c>blob</c>). A queue receive is distinguished from an empty one by its
    /// <paramref name="response"/>. Without a response, it counts as a receive.
    /// </summary>
    public static string Of(string service, Request request, Response? response)
    {
        var method = request.Method.Method;
        var path = request.Uri.Path;
        return service switch
        {
            "table" => Table(method, path),
            "queue" => Queue(method, path, request, response),
            "blob" => Blob(method),
            _ => method.ToLowerInvariant(),
        };
    }

    private static string Table(string method, string path)
    {
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return "batch";
        }

        if (path.EndsWith("/Tables", StringComparison.Ordinal) || path.Contains("/Tables('", StringComparison.Ordinal))
        {
            return "table management";
        }

        var entity = path.EndsWith(')') && !path.EndsWith("()", StringComparison.Ordinal);
        return method switch
        {
            "GET" => entity ? "point read" : "query",
            "POST" => "insert",
            "DELETE" => "delete",
            _ => "update",
        };
    }

    private static string Queue(string method, string path, Request request, Response? response)
    {
        if (path.EndsWith("/messages", StringComparison.Ordinal))
        {
            return method switch
            {
                "POST" => "send",
                "GET" when request.Uri.Query.Contains("peekonly=true", StringComparison.OrdinalIgnoreCase) => "peek",
                "GET" => response is null || ReceivedAny(response) ? "receive" : "receive (empty)",
                _ => "messages " + method.ToLowerInvariant(),
            };
        }

        if (path.Contains("/messages/", StringComparison.Ordinal))
        {
            return method == "DELETE" ? "delete message" : "update message";
        }

        return "queue management";
    }

    private static bool ReceivedAny(Response response) =>
        response.Status == 200
        && response.Content.ToString().Contains("<QueueMessage>", StringComparison.Ordinal);

    private static string Blob(string method) => method switch
    {
        "GET" => "read",
        "PUT" => "write",
        "HEAD" => "properties",
        _ => method.ToLowerInvariant(),
    };
}
