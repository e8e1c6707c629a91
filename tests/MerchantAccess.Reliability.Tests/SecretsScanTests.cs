using MerchantAccess.Testing;
using Xunit.Abstractions;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// Runs last (see <see cref="SecretsScanLast"/>): takes the flows that the other tests of the
/// project do not, then reads every table row, queue and poison-queue message and log line that
/// any host of the run wrote, and finds no password, temporary password, security code or token
/// that the tests sent or received.
/// </summary>
[Collection(CollectionName)]
public sealed class SecretsScanTests(ITestOutputHelper output)
{
    public const string CollectionName = "Secrets scan, after every other test";

    private const string NewPassword = "Levain2027Complet";
    private const string ChangedPassword = "Seigle2028Farine";
    private const string WrongPassword = "Brioche2026Fausse";
    private const string WrongCode = "ZZ9999ZZ";

    [Fact]
    public async Task Nothing_written_holds_a_plaintext_secret()
    {
        foreach (var secret in new[] { NewPassword, ChangedPassword, WrongPassword, WrongCode })
        {
            HostRegistry.RememberSecret("password or code typed by a user", secret);
        }

        await using (var host = await ProofHosts.StartAsync())
        {
            await RunRemainingFlowsAsync(host);
        }

        await DeliveryFailureEndsInPoisonQueueAsync();

        var total = new SecretsScanResult(0, 0, 0, []);
        foreach (var host in HostRegistry.All)
        {
            var result = await SecretsScan.ScanAsync(host, HostRegistry.Secrets);
            output.WriteLine($"Host {host.TablePrefix}: {result.Rows} rows, {result.Messages} queue messages, {result.LogLines} log lines, {result.Leaks.Count} secrets found.");
            total = new SecretsScanResult(total.Rows + result.Rows, total.Messages + result.Messages, total.LogLines + result.LogLines, [.. total.Leaks, .. result.Leaks]);
        }

        output.WriteLine($"Scanned {HostRegistry.All.Count} hosts for {HostRegistry.Secrets.Count} secrets.");
        Assert.True(HostRegistry.Secrets.Count >= 20, $"Only {HostRegistry.Secrets.Count} secrets were recorded to look for.");
        Assert.True(total.Rows > 0, "No table row was read.");
        Assert.True(total.Messages > 0, "No queue message was read.");
        Assert.True(total.LogLines > 0, "No log line was read.");
        Assert.True(total.Leaks.Count == 0, "Plaintext secrets were written:\n" + string.Join('\n', total.Leaks.Distinct().Take(20)));
    }

    /// <summary>
    /// Creation, the whole first connection, an own password change, sign-out, a security code
    /// SMS, an e-mail change, a code lock lifted by support, a forgotten-password request and an
    /// audit run.
    /// </summary>
    private static async Task RunRemainingFlowsAsync(LocalHostInstance host)
    {
        var client = host.Client;
        var admin = await Steps.SignInAsync(host, Demo.AdminOf(Demo.Dupont));
        var support = await Steps.SignInAsync(host, Demo.Support);
        const string Email = "eloise.petit@boulangerie-dupont.example";

        var created = await client.PostJsonAsync("/api/users", new { firstName = "Éloïse", lastName = "Petit", email = Email, phoneNumber = "06 12 34 56 78", language = "fr" }, admin);
        Assert.Equal(201, created.Status);
        var userId = created.String("id")!;
        var login = created.String("login")!;
        var credentials = await host.Outbox.WaitForCredentialsAsync(Email);
        HostRegistry.RememberSecret("temporary password", credentials.TemporaryPassword);

        var passwordStep = await Steps.SignInWithAsync(host, login, credentials.TemporaryPassword);
        var wrongCode = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = passwordStep.String("challengeToken"), securityCode = WrongCode });
        var codeStep = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = passwordStep.String("challengeToken"), securityCode = Demo.Dupont.SecurityCode });
        HostRegistry.RememberSecret("challenge token", codeStep.String("challengeToken"));
        var done = await client.PostJsonAsync("/api/auth/new-password", new { challengeToken = codeStep.String("challengeToken"), newPassword = NewPassword });
        HostRegistry.RememberSecret("access token", done.String("accessToken"));
        var changed = await client.PostJsonAsync("/api/me/password", new { currentPassword = NewPassword, newPassword = ChangedPassword }, done.String("accessToken"));
        var wrongSignIn = await client.PostJsonAsync("/api/auth/login", new { login, password = WrongPassword });
        var signedIn = await Steps.SignInWithAsync(host, login, ChangedPassword);
        var signedOut = await client.PostJsonAsync("/api/auth/logout", null, signedIn.String("accessToken"));

        var sms = await client.PostJsonAsync($"/api/users/{userId}/security-code-sms", new { phoneNumber = "06 12 34 56 78", savePhoneNumber = true }, admin);
        await host.Outbox.WaitForSmsAsync("+33612345678");
        var emailChange = await client.SendJsonAsync(HttpMethod.Patch, $"/api/users/{userId}", new { email = "eloise.petit@atelier-petit.example" }, admin);

        var clerk = Demo.ClerksOf(Demo.Dupont)[1];
        var clerkId = await Steps.FindUserIdAsync(host, admin, clerk.Login);
        await ScenarioSteps.LockWithWrongCodesAsync(host, admin, clerkId, clerk.Login, clerk.Email);
        var unlocked = await client.PostJsonAsync($"/api/users/{clerkId}/unlock", new { reason = "Identité vérifiée par téléphone" }, support);
        await host.Outbox.WaitForCredentialsAsync(clerk.Email, 2);
        var forgotten = await client.PostJsonAsync("/api/auth/forgotten-password", new { login = clerk.Login, email = clerk.Email });
        await host.Outbox.WaitForCredentialsAsync(clerk.Email, 3);
        Steps.CredentialsTo(host, clerk.Email);
        var audit = await client.PostJsonAsync("/api/audit/unlock-reports", null, support);
        await Steps.WaitForDeliveriesAsync(host, Azurite.ConnectionString, TimeSpan.FromSeconds(60));

        Assert.Equal((400, "invalid_security_code"), (wrongCode.Status, wrongCode.String("code")));
        Assert.Equal("authenticated", done.String("status"));
        Assert.Equal(204, changed.Status);
        Assert.Equal(401, wrongSignIn.Status);
        Assert.Equal(204, signedOut.Status);
        Assert.Equal(202, sms.Status);
        Assert.Equal(200, emailChange.Status);
        Assert.Equal(200, unlocked.Status);
        Assert.Equal(202, forgotten.Status);
        Assert.Equal(202, audit.Status);
    }

    /// <summary>
    /// A credentials e-mail that cannot be written ends in the poison queue, and the account's
    /// delivery status shows the failure through the API.
    /// </summary>
    private static async Task DeliveryFailureEndsInPoisonQueueAsync()
    {
        // The outbox path runs through a file, so every attempt to write the e-mail fails.
        var blocker = Path.Combine(Path.GetTempPath(), TestSettings.UniqueName());
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            await using var host = await ProofHosts.StartAsync(settings => settings["MerchantAccess:Delivery:OutboxPath"] = Path.Combine(blocker, "outbox"));
            var admin = await Steps.SignInAsync(host, Demo.AdminOf(Demo.Surf));
            var userId = await Steps.FindUserIdAsync(host, admin, Demo.ClerksOf(Demo.Surf)[0].Login);

            var reset = await Steps.ResetAsync(host, admin, userId);
            var poisoned = await ScenarioSteps.WaitForPoisonAsync(host);
            var user = await host.Client.GetJsonAsync($"/api/users/{userId}", admin);

            Assert.Equal(200, reset.Status);
            Assert.False(string.IsNullOrEmpty(poisoned));
            Assert.Equal("failed", user.Json!["deliveryStatus"]!["status"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}
