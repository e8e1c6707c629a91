using System.Collections.Concurrent;

namespace MerchantAccess.Testing.Storage;

/// <summary>Round trips by kind of request, and table entities read, counted safely from many threads.</summary>
public sealed class StorageTally
{
    private readonly ConcurrentDictionary<string, int> _byKind = new(StringComparer.Ordinal);
    private int _roundTrips;
    private int _entities;

    public int RoundTrips => Volatile.Read(ref _roundTrips);

    /// <summary>Table entities in the responses: the rows of query pages and single-entity reads.</summary>
    public int Entities => Volatile.Read(ref _entities);

    /// <summary>Round trips by kind, for example <c>table batch</c> or <c>queue send</c>.</summary>
    public IReadOnlyDictionary<string, int> ByKind => new SortedDictionary<string, int>(_byKind, StringComparer.Ordinal);

    /// <summary>Round trips of every kind except those listed, for example empty queue polls.</summary>
    public int RoundTripsExcept(params string[] kinds) =>
        _byKind.Where(entry => !kinds.Contains(entry.Key, StringComparer.Ordinal)).Sum(entry => entry.Value);

    public void Add(string kind, int entities)
    {
        _byKind.AddOrUpdate(kind, 1, (_, count) => count + 1);
        Interlocked.Increment(ref _roundTrips);
        Interlocked.Add(ref _entities, entities);
    }

    public void Reset()
    {
        _byKind.Clear();
        Interlocked.Exchange(ref _roundTrips, 0);
        Interlocked.Exchange(ref _entities, 0);
    }
}
