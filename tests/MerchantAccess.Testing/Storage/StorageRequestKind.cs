using Azure.Core;

namespace MerchantAccess.Testing.Storage;

/// <summary>Names the kind of a storage REST request from its method and path.</summary>
internal static class StorageRequestKind
{
    public static string Of(string service, HttpMessage message)
    {
        var method = message.Request.Method.Method;
        var path = message.Request.Uri.Path;
        return service switch
        {
            "table" => Table(method, path),
            "queue" => Queue(method, path, message),
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

    private static string Queue(string method, string path, HttpMessage message)
    {
        if (path.EndsWith("/messages", StringComparison.Ordinal))
        {
            return method switch
            {
                "POST" => "send",
                "GET" when message.Request.Uri.Query.Contains("peekonly=true", StringComparison.OrdinalIgnoreCase) => "peek",
                "GET" => ReceivedAny(message) ? "receive" : "receive (empty)",
                _ => "messages " + method.ToLowerInvariant(),
            };
        }

        if (path.Contains("/messages/", StringComparison.Ordinal))
        {
            return method == "DELETE" ? "delete message" : "update message";
        }

        return "queue management";
    }

    private static bool ReceivedAny(HttpMessage message) =>
        message.HasResponse
        && message.Response.Status == 200
        && message.Response.Content.ToString().Contains("<QueueMessage>", StringComparison.Ordinal);

    private static string Blob(string method) => method switch
    {
        "GET" => "read",
        "PUT" => "write",
        "HEAD" => "properties",
        _ => method.ToLowerInvariant(),
    };
}
