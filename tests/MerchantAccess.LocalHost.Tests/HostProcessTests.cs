using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>The built local host started as its own process, configured only by environment variables, as run.sh starts it.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task Host_process_serves_health_and_demo_sign_in()
    {
        Azurite.EnsureRunning();
        var port = FreePort();
        var outbox = Path.Combine(Path.GetTempPath(), TestSettings.UniqueName());
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "MerchantAccess.LocalHost.dll"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (name, value) in TestSettings.Create(outbox))
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["MERCHANTACCESS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) => output.AppendLine(line.Data);
        process.ErrorDataReceived += (_, line) => output.AppendLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var health = await WaitForHealthAsync(client, process, output);
            var token = await client.SignInAsync(DupontAdmin, DupontAdminPassword);

            Assert.Equal(HttpStatusCode.OK, health);
            Assert.False(string.IsNullOrEmpty(token));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<HttpStatusCode> WaitForHealthAsync(HttpClient client, Process process, System.Text.StringBuilder output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, $"The local host exited with code {(process.HasExited ? process.ExitCode : 0)}:\n{output}");
            try
            {
                return (await client.GetAsync("/api/health")).StatusCode;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
