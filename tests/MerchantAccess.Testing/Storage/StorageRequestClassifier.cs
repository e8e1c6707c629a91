using Azure.Core;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// Classification of storage requests before they are sent, for the fault policy to choose which
/// requests it fails and to report what it injected. The policy serves the table and queue clients
/// at once, so the service is read from the shape of the path; the kind then comes from
/// <see cref="StorageRequestKind"/>, as in the benchmarks' counts.
/// </summary>
public static class StorageRequestClassifier
{
    /// <summary>Names the service and kind of a storage request, such as <c>table batch</c> or <c>queue send</c>.</summary>
    public static string Classify(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var service = ServiceOf(request);
        return $"{service} {StorageRequestKind.Of(service, request, response: null)}";
    }

    private static string ServiceOf(Request request)
    {
        var path = request.Uri.Path;
        if (path.Contains("/messages", StringComparison.Ordinal))
        {
            return "queue";
        }

        // Entity paths end with their keys in parentheses; an insert posts to the table's path. The
        // other requests without keys are about queues themselves (creation, properties).
        var isTable = path.EndsWith(')')
            || path.EndsWith("/$batch", StringComparison.Ordinal)
            || path.EndsWith("/Tables", StringComparison.Ordinal)
            || request.Method == RequestMethod.Post;
        return isTable ? "table" : "queue";
    }
}
