using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// Counts the HTTP round trips that storage clients make, by service and kind of request, and
/// the table entities their responses carry. Add <see cref="PolicyFor"/> to the options of each
/// client at <see cref="HttpPipelinePosition.PerRetry"/>, so that every attempt, retries
/// included, is one round trip.
/// </summary>
/// <remarks>
/// Every request adds to <see cref="Total"/>. A request made inside <see cref="Enter"/> also adds
/// to the tally of that scope, which lets a host attribute the round trips of one HTTP request
/// even while its queue listener polls in the background.
/// </remarks>
public sealed class StorageRoundTripCounter
{
    private readonly AsyncLocal<StorageTally?> _scope = new();
    private readonly ConcurrentDictionary<string, StorageTally> _scopes = new(StringComparer.Ordinal);

    /// <summary>Every round trip since the counter was created or last reset.</summary>
    public StorageTally Total { get; } = new();

    /// <summary>The tally of a named scope, created empty on first use.</summary>
    public StorageTally Scope(string name) => _scopes.GetOrAdd(name, _ => new StorageTally());

    /// <summary>Attributes the round trips of the current asynchronous flow to <paramref name="name"/> until disposed.</summary>
    public IDisposable Enter(string name)
    {
        var previous = _scope.Value;
        _scope.Value = Scope(name);
        return new ScopeExit(() => _scope.Value = previous);
    }

    /// <summary>A pipeline policy that records the requests of one service: <c>table</c>, <c>queue</c> or <c>blob</c>.</summary>
    public HttpPipelinePolicy PolicyFor(string service) => new CountingPolicy(this, service);

    private void Record(string kind, int entities)
    {
        Total.Add(kind, entities);
        _scope.Value?.Add(kind, entities);
    }

    private sealed class ScopeExit(Action exit) : IDisposable
    {
        public void Dispose() => exit();
    }

    private sealed class CountingPolicy(StorageRoundTripCounter counter, string service) : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Record(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            Record(message);
        }

        private void Record(HttpMessage message) =>
            counter.Record($"{service} {StorageRequestKind.Of(service, message.Request, message.HasResponse ? message.Response : null)}", service == "table" ? Entities(message) : 0);

        /// <summary>
        /// Counts the entities in a table response: the <c>value</c> entries of a query page, or
        /// one for a single-entity read.
        /// </summary>
        private static int Entities(HttpMessage message)
        {
            if (message.Request.Method != RequestMethod.Get || !message.HasResponse || message.Response.Status != 200 || message.Response.Content.ToMemory().IsEmpty)
            {
                return 0;
            }

            using var json = JsonDocument.Parse(message.Response.Content.ToMemory());
            return json.RootElement.TryGetProperty("value", out var page) && page.ValueKind == JsonValueKind.Array
                ? page.GetArrayLength()
                : json.RootElement.TryGetProperty("PartitionKey", out _) ? 1 : 0;
        }
    }
}
