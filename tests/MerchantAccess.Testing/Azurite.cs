using System.Net.Sockets;

namespace MerchantAccess.Testing;

/// <summary>The Azurite emulator the tests run against, started by <c>./test.sh</c>.</summary>
public static class Azurite
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    private static readonly Lazy<string?> Problem = new(Probe);

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
        foreach (var port in new[] { 10000, 10001, 10002 })
        {
            using var client = new TcpClient();
            try
            {
                if (!client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(2)))
                {
                    return Message(port);
                }
            }
            catch (AggregateException)
            {
                return Message(port);
            }
        }

        return null;
    }

    private static string Message(int port) =>
        $"Azurite is not listening on 127.0.0.1:{port}. Run the tests with ./test.sh, which starts it, or start Azurite yourself.";
}
