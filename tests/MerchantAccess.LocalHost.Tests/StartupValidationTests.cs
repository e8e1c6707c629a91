using System.Diagnostics;
using MerchantAccess.Functions.Configuration;
using MerchantAccess.Testing;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// A missing or invalid setting stops both the local host and the Functions worker at start-up,
/// with a message that names the setting, because both register the app through the same method.
/// </summary>
public sealed class StartupValidationTests
{
    [Fact]
    public void Host_build_stops_on_invalid_setting()
    {
        var settings = TestSettings.Create(Path.Combine(Path.GetTempPath(), TestSettings.UniqueName()));
        settings["MerchantAccess:Accounts:MaxFailedPasswords"] = "25";

        var exception = Assert.Throws<InvalidSettingsException>(() => LocalFunctionsHost.Build([], settings));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("MerchantAccess__Accounts__MaxFailedPasswords", problem.Setting);
    }

    [Fact]
    public async Task Host_process_exits_naming_missing_setting()
    {
        var settings = ProcessSettings();
        settings.Remove("MerchantAccess__Secrets__TokenSigningKey");

        var (exitCode, output) = await RunAsync(Path.Combine(AppContext.BaseDirectory, "MerchantAccess.LocalHost.dll"), settings);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MerchantAccess__Secrets__TokenSigningKey is missing.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_process_exits_naming_missing_setting()
    {
        var settings = ProcessSettings();
        settings.Remove("UnlockAuditSchedule");

        var (exitCode, output) = await RunAsync(WorkerPath(), settings);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("UnlockAuditSchedule is missing.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_in_azure_rejects_published_keys()
    {
        var settings = ProcessSettings();
        settings["WEBSITE_SITE_NAME"] = "func-test";
        settings["MerchantAccess__Delivery__Transport"] = "acs";
        settings["MerchantAccess__Delivery__AcsEndpoint"] = "https://acs-test.communication.azure.com";
        settings["MerchantAccess__Delivery__SenderAddress"] = "DoNotReply@test.azurecomm.net";
        settings["AzureWebJobsStorage"] = null;
        settings["AzureWebJobsStorage__accountName"] = "sttest";
        settings["MerchantAccess__Secrets__EncryptionKey"] = DevelopmentSettings.EncryptionKey;

        var (exitCode, output) = await RunAsync(WorkerPath(), settings);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MerchantAccess__Secrets__EncryptionKey is the development key published in local.settings.sample.json", output, StringComparison.Ordinal);
    }

    /// <summary>Valid settings of a test host in their environment variable form.</summary>
    private static Dictionary<string, string?> ProcessSettings() =>
        TestSettings.Create(Path.Combine(Path.GetTempPath(), TestSettings.UniqueName()))
            .ToDictionary(pair => pair.Key.Replace(":", "__", StringComparison.Ordinal), pair => pair.Value);

    /// <summary>The function app as the build wrote it, in the configuration of this test run.</summary>
    private static string WorkerPath()
    {
        var path = Path.Combine(RepositoryPaths.FunctionAppOutput, "MerchantAccess.Functions.dll");
        Assert.True(File.Exists(path), $"{path} is missing; build the function app first.");
        return path;
    }

    /// <summary>Runs an app with only <paramref name="settings"/> as its environment, and returns how it ended and what it wrote.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string assembly, Dictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet", assembly)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var name in start.Environment.Keys.Where(name => !name.StartsWith("DOTNET_", StringComparison.Ordinal) && name is not ("PATH" or "HOME")).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings.Where(pair => pair.Value is not null))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{assembly} kept running although a setting is invalid:\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }
}
