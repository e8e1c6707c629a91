using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MerchantAccess.Testing;

/// <summary>
/// An Azurite emulator of its own, for a test or benchmark that must stop and restart storage
/// without touching the shared instance of <c>./test.sh</c>. It listens on free ports of 127.0.0.1
/// and keeps its data in a temporary folder, so the data survives a restart.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly string _folder;
    private readonly int _blobPort;
    private readonly int _queuePort;
    private readonly int _tablePort;
    private Process? _process;

    private AzuriteProcess(string folder, int blobPort, int queuePort, int tablePort)
    {
        _folder = folder;
        _blobPort = blobPort;
        _queuePort = queuePort;
        _tablePort = tablePort;
    }

    /// <summary>A connection string with the emulator's account and this instance's endpoints.</summary>
    public string ConnectionString => Azurite.ConnectionStringFor(_blobPort, _queuePort, _tablePort);

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite from <c>node_modules/.bin/azurite</c> of the repository.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "merchantaccess-azurite", TestSettings.UniqueName());
        Directory.CreateDirectory(folder);
        var ports = FreePorts(3);
        var azurite = new AzuriteProcess(folder, ports[0], ports[1], ports[2]);
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts the stopped emulator again on the same ports and folder.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        var script = Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "azurite");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing; run ./test.sh or npm ci first.");
        }

        var start = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", _folder,
            "--blobHost", "127.0.0.1", "--blobPort", _blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", _queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", _tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { _blobPort, _queuePort, _tablePort })
        {
            while (!await IsListeningAsync(port))
            {
                if (_process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"Azurite did not listen on 127.0.0.1:{port} within 60 seconds.");
                }

                await Task.Delay(100);
            }
        }
    }

    /// <summary>Stops the emulator with SIGTERM, as a service manager does, and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}
