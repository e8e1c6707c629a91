using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// An Azure.Core pipeline policy that counts the requests a storage client sends, by kind. Placed
/// below the retry policy, it counts every round trip, retries included.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Round trips so far, by kind such as <c>table read</c> or <c>queue send</c>.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    public int Total => _counts.Values.Sum();

    public void Reset() => _counts.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Count(message.Request);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Count(message.Request);
        return ProcessNextAsync(message, pipeline);
    }

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

    private void Count(Request request) => _counts.AddOrUpdate(Classify(request), 1, (_, count) => count + 1);
}
