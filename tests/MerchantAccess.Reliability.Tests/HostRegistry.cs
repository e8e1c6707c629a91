using System.Collections.Concurrent;
using MerchantAccess.Testing;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// What the hosts of this test run wrote, kept for the final secrets scan: their storage (tables by
/// prefix, delivery queue and its poison queue) and their captured logs, and every secret the tests
/// sent or received.
/// </summary>
public static class HostRegistry
{
    private static readonly ConcurrentQueue<RecordedHost> Hosts = new();
    private static readonly ConcurrentDictionary<string, string> SecretsSeen = new(StringComparer.Ordinal);

    public static IReadOnlyCollection<RecordedHost> All => Hosts;

    /// <summary>Secrets by value, with the kind of each (password, temporary password, token…).</summary>
    public static IReadOnlyDictionary<string, string> Secrets => SecretsSeen;

    public static void Add(LocalHostInstance host, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(host);
        Hosts.Enqueue(new RecordedHost(
            connectionString,
            host.Settings["MerchantAccess:Storage:TablePrefix"]!,
            host.Settings["DeliveryQueueName"]!,
            host.Logs));
        foreach (var secret in Demo.Secrets())
        {
            RememberSecret("demo password or security code", secret);
        }
    }

    /// <summary>Remembers a secret that must never appear in storage or logs. Short values are ignored.</summary>
    public static void RememberSecret(string kind, string? value)
    {
        if (value is { Length: >= 8 })
        {
            SecretsSeen.TryAdd(value, kind);
        }
    }
}

/// <summary>A host whose storage and logs the secrets scan reads.</summary>
public sealed record RecordedHost(string ConnectionString, string TablePrefix, string QueueName, MemoryLoggerProvider Logs);
