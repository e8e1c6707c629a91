using MerchantAccess.Domain.Accounts;
using MerchantAccess.Testing;
using Xunit.Abstractions;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// Storage stops and starts again while requests are in flight. The test starts an Azurite of its
/// own on free ports of 127.0.0.1, with its data on disk so that it survives the restart, and never
/// touches the shared emulator of <c>./test.sh</c>.
/// </summary>
public sealed class AzuriteRestartTests(ITestOutputHelper output)
{
    private const int ResetsBeforeRestart = 3;
    private const int ResetsAfterRestart = 3;

    [Fact]
    public async Task Restart_loses_no_reset_and_no_count()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var host = await LocalHostInstance.StartAsync(settings => settings["AzureWebJobsStorage"] = azurite.ConnectionString);
        var recorded = new RecordedHost(azurite.ConnectionString, host.Settings["MerchantAccess:Storage:TablePrefix"]!, host.Settings["DeliveryQueueName"]!, host.Logs);
        try
        {
            var admin = await Steps.SignInAsync(host, Demo.AdminOf(Demo.Surf));
            var clerk = Demo.ClerksOf(Demo.Surf)[0];
            var userId = await Steps.FindUserIdAsync(host, admin, clerk.Login);

            var answers = await ResetAcrossRestartAsync(host, azurite, admin, userId);
            await Steps.WaitForDeliveriesAsync(host, azurite.ConnectionString, TimeSpan.FromSeconds(60));
            var emails = Steps.CredentialsTo(host, clerk.Email);
            var user = await Steps.LoadUserAsync(host, userId);
            var userResource = await host.Client.GetJsonAsync($"/api/users/{userId}", admin);
            var events = await Steps.EventsAsync(host, admin, userId);

            Assert.All(answers, answer => Assert.True(
                answer.Status == 200 || (answer.Status == 503 && answer.String("code") == "service_unavailable"),
                $"A reset during the restart answered {answer.Status}: {answer.Text}"));
            Assert.True(answers.TakeLast(ResetsAfterRestart).All(answer => answer.Status == 200), "A reset after the restart failed.");
            Assert.InRange(Steps.CountOf(events, "passwordReset"), answers.Count(answer => answer.Status == 200), answers.Count);
            Assert.Equal("sent", userResource.Json!["deliveryStatus"]!["status"]!.GetValue<string>());
            Assert.True(await Steps.IsTemporaryPasswordAsync(host, user, emails[^1].TemporaryPassword), "The last e-mail's temporary password does not work.");
            Assert.Null(user.Reset?.SealedTemporaryPassword);

            await CountWrongCodesAcrossRestartAsync(host, azurite, admin, clerk.Login, userId, emails[^1].TemporaryPassword);

            var scan = await SecretsScan.ScanAsync(recorded, HostRegistry.Secrets);
            output.WriteLine($"{scan.Rows} rows, {scan.Messages} queue messages and {scan.LogLines} log lines scanned.");
            Assert.True(scan.Leaks.Count == 0, "Plaintext secrets were written:\n" + string.Join('\n', scan.Leaks.Take(20)));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>Resets one user again and again, and restarts storage after the first few responses.</summary>
    private async Task<List<ApiResponse>> ResetAcrossRestartAsync(LocalHostInstance host, AzuriteProcess azurite, string admin, string userId)
    {
        var answers = new List<ApiResponse>();
        var restarted = new TaskCompletionSource();
        var resets = Task.Run(async () =>
        {
            while (!restarted.Task.IsCompleted || answers.Count(answer => answer.Status == 200) < ResetsBeforeRestart + ResetsAfterRestart)
            {
                answers.Add(await Steps.ResetAsync(host, admin, userId));
                await Task.Delay(50);
            }
        });

        while (answers.Count < ResetsBeforeRestart)
        {
            await Task.Delay(20);
        }

        await azurite.StopAsync();
        output.WriteLine($"Azurite stopped after {answers.Count} resets.");
        await Task.Delay(500);
        await azurite.StartAgainAsync();
        output.WriteLine($"Azurite started again after {answers.Count} resets.");
        restarted.SetResult();
        await resets;
        output.WriteLine($"Reset answers: {string.Join(' ', answers.Select(answer => answer.Status))}.");
        return answers;
    }

    /// <summary>Three wrong codes lock exactly once when storage restarts between the first and the second.</summary>
    private static async Task CountWrongCodesAcrossRestartAsync(LocalHostInstance host, AzuriteProcess azurite, string admin, string login, string userId, string temporaryPassword)
    {
        var signIn = await Steps.SignInWithAsync(host, login, temporaryPassword);
        var challenge = signIn.String("challengeToken");
        var first = await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG001" });
        await azurite.StopAsync();
        await azurite.StartAgainAsync();
        var second = await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG002" });
        var third = await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG003" });
        var right = await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = Demo.Surf.SecurityCode });
        var events = await Steps.EventsAsync(host, admin, userId);
        var user = await Steps.LoadUserAsync(host, userId);

        Assert.Equal("securityCodeRequired", signIn.String("status"));
        Assert.Equal((400, 2), (first.Status, first.Int("attemptsRemaining") ?? -1));
        Assert.Equal((400, 1), (second.Status, second.Int("attemptsRemaining") ?? -1));
        Assert.Equal((423, "account_locked"), (third.Status, third.String("code")));
        Assert.Equal((423, "account_locked"), (right.Status, right.String("code")));
        Assert.Equal(3, Steps.CountOf(events, "securityCodeFailed"));
        Assert.Equal(1, Steps.CountOf(events, "accountLocked"));
        Assert.Equal(AccountState.CodeLocked, user.State);
    }
}
