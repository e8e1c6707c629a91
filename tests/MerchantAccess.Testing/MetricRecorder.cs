using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MerchantAccess.Testing;

/// <summary>
/// Records the measurements of one service provider's meters. Meters made by an
/// <see cref="IMeterFactory"/> carry it as their scope, so hosts running side by side in one
/// test process never see each other's counts.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    public MetricRecorder(IMeterFactory scope, string meterName)
    {
        ArgumentNullException.ThrowIfNull(scope);

        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tagValues = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                tagValues[tag.Key] = tag.Value?.ToString() ?? "";
            }

            _measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, tagValues));
        });
        _listener.Start();
    }

    public IReadOnlyCollection<RecordedMeasurement> Measurements => _measurements;

    /// <summary>Sums the measurements of <paramref name="instrument"/> that carry every tag of <paramref name="tags"/>.</summary>
    public long Total(string instrument, params (string Key, string Value)[] tags) =>
        _measurements
            .Where(measurement => measurement.Instrument == instrument)
            .Where(measurement => tags.All(tag => measurement.Tags.TryGetValue(tag.Key, out var value) && value == tag.Value))
            .Sum(measurement => measurement.Value);

    public void Dispose() => _listener.Dispose();
}

/// <summary>One measurement of a counter, with its tags.</summary>
public sealed record RecordedMeasurement(string Instrument, long Value, IReadOnlyDictionary<string, string> Tags);
