using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace MerchantAccess.Deployment.Tests;

/// <summary>Runs the Bicep CLI that the test project restores from the NuGet package Azure.Bicep.CommandLine.linux-x64.</summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Path of the <c>bicep</c> executable, written into the assembly at build time.</summary>
    public static string ExecutablePath { get; } = FindExecutable();

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> and returns its exit code and output.</summary>
    public static async Task<BicepResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Testing.RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{ExecutablePath} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return new BicepResult(process.ExitCode, await output, await error);
    }

    private static string FindExecutable()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI was not found ('{path}'). Restore tests/MerchantAccess.Deployment.Tests, which downloads the NuGet package Azure.Bicep.CommandLine.linux-x64.");
        }

        return path;
    }
}

/// <summary>What a run of the Bicep CLI returned.</summary>
public sealed record BicepResult(int ExitCode, string Output, string Error)
{
    public override string ToString()
    {
        var text = new StringBuilder().Append("exit code ").Append(ExitCode);
        if (Error.Length > 0)
        {
            text.AppendLine().Append(Error);
        }

        return text.ToString();
    }
}
