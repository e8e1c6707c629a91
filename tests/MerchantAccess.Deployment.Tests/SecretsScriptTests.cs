using System.Diagnostics;
using System.Runtime.Versioning;

namespace MerchantAccess.Deployment.Tests;

/// <summary>
/// infra/scripts/create-secrets.sh against a stand-in for the Azure CLI that keeps secrets in a
/// folder: it creates the missing keys, never replaces an existing one, and stops without writing
/// when Key Vault denies access.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class SecretsScriptTests : IDisposable
{
    // Handles the two az commands the script uses the way the Azure CLI does, including its error
    // codes, and logs every command line so that tests can check what was passed.
    private const string FakeAz = """
        #!/bin/sh
        echo "$*" >> "$FAKE_AZ_STATE/calls.log"
        name=""; file=""; content_type=""; previous=""
        for argument in "$@"; do
          case "$previous" in
            --name) name=$argument ;;
            --file) file=$argument ;;
            --content-type) content_type=$argument ;;
          esac
          previous=$argument
        done
        case "$1 $2 $3" in
          "keyvault secret show")
            if [ -f "$FAKE_AZ_STATE/forbidden-once" ]; then
              rm "$FAKE_AZ_STATE/forbidden-once"
              echo "ERROR: (Forbidden) Caller is not authorized to perform action on resource. Code: Forbidden" >&2; exit 1
            fi
            if [ -f "$FAKE_AZ_STATE/forbidden" ]; then
              echo "ERROR: (Forbidden) Caller is not authorized to perform action on resource. Code: Forbidden" >&2; exit 1
            fi
            if [ -f "$FAKE_AZ_STATE/secret-$name" ]; then echo "https://kv-test.vault.azure.net/secrets/$name/1"; exit 0; fi
            echo "ERROR: (SecretNotFound) A secret with (name/id) $name was not found in this key vault." >&2; exit 3 ;;
          "keyvault secret set")
            cp "$file" "$FAKE_AZ_STATE/secret-$name"
            printf '%s' "$content_type" > "$FAKE_AZ_STATE/type-$name"
            exit 0 ;;
        esac
        echo "fake az: unexpected command: $*" >&2
        exit 2
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("merchantaccess-az-");

    public SecretsScriptTests()
    {
        Directory.CreateDirectory(BinFolder);
        Directory.CreateDirectory(StateFolder);
        var az = Path.Combine(BinFolder, "az");
        File.WriteAllText(az, FakeAz.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string BinFolder => Path.Combine(_folder.FullName, "bin");

    private string StateFolder => Path.Combine(_folder.FullName, "state");

    [Fact]
    public async Task Script_creates_missing_keys()
    {
        var (exitCode, output) = await RunAsync();

        var encryptionKey = Secret("encryption-key");
        var signingKey = Secret("token-signing-key");
        Assert.True(exitCode == 0, output);
        Assert.Equal(32, Convert.FromBase64String(encryptionKey!).Length);
        Assert.Equal(64, Convert.FromBase64String(signingKey!).Length);
        Assert.Contains("AES-256", File.ReadAllText(Path.Combine(StateFolder, "type-encryption-key")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_keeps_keys_off_command_line()
    {
        await RunAsync();

        var calls = File.ReadAllText(Path.Combine(StateFolder, "calls.log"));
        Assert.DoesNotContain(Secret("encryption-key")!, calls, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret("token-signing-key")!, calls, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_leaves_existing_keys_unchanged()
    {
        File.WriteAllText(Path.Combine(StateFolder, "secret-encryption-key"), "existing-encryption-key");
        File.WriteAllText(Path.Combine(StateFolder, "secret-token-signing-key"), "existing-signing-key");

        var (exitCode, output) = await RunAsync();

        Assert.True(exitCode == 0, output);
        Assert.Equal("existing-encryption-key", Secret("encryption-key"));
        Assert.Equal("existing-signing-key", Secret("token-signing-key"));
        Assert.DoesNotContain("secret set", File.ReadAllText(Path.Combine(StateFolder, "calls.log")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_waits_for_access_to_apply()
    {
        File.WriteAllText(Path.Combine(StateFolder, "forbidden-once"), "");

        var (exitCode, output) = await RunAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("denied access (attempt 1 of 3)", output, StringComparison.Ordinal);
        Assert.NotNull(Secret("encryption-key"));
    }

    [Fact]
    public async Task Script_stops_when_access_denied()
    {
        File.WriteAllText(Path.Combine(StateFolder, "forbidden"), "");

        var (exitCode, output) = await RunAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no secret was changed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret set", File.ReadAllText(Path.Combine(StateFolder, "calls.log")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_requires_vault_name()
    {
        var (exitCode, output) = await RunAsync(vaultName: null);

        Assert.Equal(1, exitCode);
        Assert.Contains("AZURE_KEY_VAULT_NAME is not set", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string? Secret(string name)
    {
        var path = Path.Combine(StateFolder, "secret-" + name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Runs the script with <c>sh</c>, as the azd hook does, with the stand-in first on PATH.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(string? vaultName = "kv-test")
    {
        var start = new ProcessStartInfo("sh", CompiledTemplate.RepositoryFile("infra", "scripts", "create-secrets.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.FullName,
        };
        start.Environment["PATH"] = BinFolder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_AZ_STATE"] = StateFolder;
        start.Environment["KEYVAULT_ACCESS_ATTEMPTS"] = "3";
        start.Environment["KEYVAULT_ACCESS_RETRY_SECONDS"] = "0";
        start.Environment.Remove("AZURE_KEY_VAULT_NAME");
        if (vaultName is not null)
        {
            start.Environment["AZURE_KEY_VAULT_NAME"] = vaultName;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
