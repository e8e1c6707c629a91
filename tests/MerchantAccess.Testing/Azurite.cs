using System.Net.Sockets;

namespace MerchantAccess.Testing;

/// <summary>
/// The Azurite emulator the tests run against. <c>./test.sh</c> starts one of the run's own on free
/// ports and names it in <c>MERCHANTACCESS_TEST_STORAGE</c>. Without that variable the tests use
/// the emulator's default ports 10000-10002.
/// </summary>
public static class Azurite
{
    public const string StorageVariable = "MERCHANTACCESS_TEST_STORAGE";

    // The emulator's well-known development account, the same in every Azurite.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(StorageVariable) is { Length: > 0 } configured
            ? configured
            : ConnectionStringFor(10000, 10001, 10002);

    private static readonly Lazy<string?> Problem = new(Probe);

    /// <summary>Builds a connection string with the emulator's account and the given ports of 127.0.0.1.</summary>
    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    /// <summary>
    /// Fails at once with a clear message when Azurite is not listening, instead of letting the
    /// storage SDK retry for about 25 seconds per call.
    /// </summary>
    public static void EnsureRunning()
    {
        if (Problem.Value is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    private static string? Probe()
    {
        foreach (var endpoint in Endpoints(ConnectionString))
        {
            using var client = new TcpClient();
            try
            {
                if (!client.ConnectAsync(endpoint.Host, endpoint.Port).Wait(TimeSpan.FromSeconds(2)))
                {
                    return Message(endpoint);
                }
            }
            catch (AggregateException)
            {
                return Message(endpoint);
            }
        }

        return null;
    }

    private static IEnumerable<Uri> Endpoints(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].EndsWith("Endpoint", StringComparison.OrdinalIgnoreCase))
            .Select(pair => new Uri(pair[1]));

    private static string Message(Uri endpoint) =>
        $"Azurite is not listening on {endpoint.Host}:{endpoint.Port}. Run the tests with ./test.sh, which starts an emulator of its own, or start Azurite yourself and set {StorageVariable}.";
}
