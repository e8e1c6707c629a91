using Azure.Core;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// Classification of storage requests before they are sent, by method and path, for the fault
/// policy to choose which requests it fails and to report what it injected.
/// </summary>
/// <remarks>
/// NOTE: the benchmarks' <see cref="StorageRoundTripCounter"/> names kinds with its own
/// classification, which also reads the response; the two label sets differ.
/// </remarks>
public static class StorageRequestClassifier
{
    /// <summary>Names the kind of a storage request from its method and path.</summary>
    public static string Classify(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var path = request.Uri.Path;
        var method = request.Method.Method;
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return "table transaction";
        }

        if (path.Contains("/messages", StringComparison.Ordinal))
        {
            return method switch
            {
                "POST" => "queue send",
                "GET" => "queue receive",
                "PUT" => "queue update",
                "DELETE" => "queue delete",
                _ => "queue " + method.ToLowerInvariant(),
            };
        }

        if (!path.EndsWith(')'))
        {
            // An insert posts to the table's path; the other requests without keys are about tables
            // and queues themselves (creation, properties).
            return method switch
            {
                "POST" when path.EndsWith("/Tables", StringComparison.Ordinal) => "table create",
                "POST" => "table insert",
                _ => "queue " + method.ToLowerInvariant(),
            };
        }

        return method switch
        {
            "GET" when path.EndsWith("()", StringComparison.Ordinal) => "table query",
            "GET" => "table read",
            "PUT" or "MERGE" or "PATCH" => "table update",
            "DELETE" => "table delete",
            _ => "table " + method.ToLowerInvariant(),
        };
    }
}
