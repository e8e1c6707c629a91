using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// An Azure.Core pipeline policy, placed just before the transport of a storage client, that turns
/// a share of the requests into faults: 503 responses, dropped connections, and requests that storage
/// applies but whose response never arrives (a dropped connection, or a network timeout). It sits
/// below the client's retry policy, so the client retries each fault as it would a real one. A
/// request gets at most <see cref="MaxFaultsPerRequest"/> faults, fewer than the client's retries,
/// so every operation can still succeed and the tests can check that its outcome is exact.
/// </summary>
public sealed class StorageFaultPolicy(int seed) : HttpPipelinePolicy
{
    private readonly Random _random = new(seed);
    private readonly ConcurrentDictionary<StorageFault, int> _injected = new();
    private readonly ConcurrentDictionary<string, int> _injectedByRequest = new(StringComparer.Ordinal);

    // Faults per request, by client request id, which the client keeps across its retries.
    private readonly ConcurrentDictionary<string, int> _faultsByRequestId = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Whether faults are injected now; off while a host starts and seeds its data.</summary>
    public bool Enabled { get; set; }

    /// <summary>Share of the requests, from 0 to 1, that get a fault.</summary>
    public double Rate { get; set; } = 0.2;

    public int MaxFaultsPerRequest { get; set; } = 2;

    /// <summary>The faults to choose from, with equal chances.</summary>
    public IReadOnlyList<StorageFault> Faults { get; set; } = Enum.GetValues<StorageFault>();

    /// <summary>Which requests may get a fault; every request when <c>null</c>.</summary>
    public Func<Request, bool>? Applies { get; set; }

    /// <summary>Faults injected so far, by kind.</summary>
    public IReadOnlyDictionary<StorageFault, int> Injected => _injected;

    /// <summary>
    /// Faults injected so far, by fault and kind of request, such as
    /// <c>LostResponse on table batch</c> (kinds of <see cref="StorageRequestClassifier.Classify"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int> InjectedByRequest => _injectedByRequest;

    public int TotalInjected => _injected.Values.Sum();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The app calls storage asynchronously only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);

        var fault = Choose(message);
        if (fault is null)
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        _injected.AddOrUpdate(fault.Value, 1, (_, count) => count + 1);
        _injectedByRequest.AddOrUpdate($"{fault.Value} on {StorageRequestClassifier.Classify(message.Request)}", 1, (_, count) => count + 1);
        switch (fault.Value)
        {
            case StorageFault.Unavailable:
                message.Response = new FaultResponse(503, "Service Unavailable", message.Request.ClientRequestId);
                return;
            case StorageFault.DroppedRequest:
                throw new IOException("Injected fault: the connection dropped before the request was sent.");
            case StorageFault.LostResponse:
                await ProcessNextAsync(message, pipeline);
                message.Response.Dispose();
                throw new IOException("Injected fault: the request was applied, then the connection dropped before the response.");
            case StorageFault.TimeoutAfterSend:
                await ProcessNextAsync(message, pipeline);
                message.Response.Dispose();

                // The client's network timeout cancels this token, as when a response never arrives.
                await Task.Delay(Timeout.Infinite, message.CancellationToken);
                return;
        }
    }

    private StorageFault? Choose(HttpMessage message)
    {
        if (!Enabled || (Applies is { } applies && !applies(message.Request)))
        {
            return null;
        }

        var requestId = message.Request.ClientRequestId;
        var count = _faultsByRequestId.GetValueOrDefault(requestId);
        if (count >= MaxFaultsPerRequest)
        {
            return null;
        }

        StorageFault chosen;
        lock (_gate)
        {
            if (_random.NextDouble() >= Rate)
            {
                return null;
            }

            chosen = Faults[_random.Next(Faults.Count)];
        }

        _faultsByRequestId[requestId] = count + 1;
        return chosen;
    }
}
