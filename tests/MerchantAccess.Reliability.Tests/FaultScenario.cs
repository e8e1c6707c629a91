using MerchantAccess.Domain.Accounts;
using MerchantAccess.Testing;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// The story that the fault tests run while storage misbehaves: wrong security codes, wrong
/// passwords, resets one after the other and a self-service request, each step's response checked
/// as it comes, and the counters, events and deliveries checked at the end.
/// </summary>
public sealed class FaultScenario(LocalHostInstance host, string connectionString)
{
    private const int Resets = 4;

    public async Task RunAsync()
    {
        var admin = await Steps.SignInAsync(host, Demo.AdminOf(Demo.Dupont));
        await WrongCodesLockAtExactlyThreeAsync(admin);
        await WrongPasswordsLockAtExactlyThreeAsync();
        await SuccessiveResetsAreEachCommittedOnceAsync();
        await SelfServiceResetIsDeliveredAsync();
    }

    private async Task WrongCodesLockAtExactlyThreeAsync(string admin)
    {
        var clerk = Demo.ClerksOf(Demo.Dupont)[0];
        var userId = await Steps.FindUserIdAsync(host, admin, clerk.Login);
        Assert.Equal(200, (await Steps.ResetAsync(host, admin, userId)).Status);
        var email = await host.Outbox.WaitForCredentialsAsync(clerk.Email);
        HostRegistry.RememberSecret("temporary password", email.TemporaryPassword);
        var challenge = (await Steps.SignInWithAsync(host, clerk.Login, email.TemporaryPassword)).String("challengeToken");

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG" + i }));
        }

        var events = await Steps.EventsAsync(host, admin, userId);
        var user = await Steps.LoadUserAsync(host, userId);

        Assert.Equal([(400, 2), (400, 1)], answers.Take(2).Select(answer => (answer.Status, answer.Int("attemptsRemaining") ?? -1)));
        Assert.Equal([423, 423], answers.Skip(2).Select(answer => answer.Status));
        Assert.Equal(3, Steps.CountOf(events, "securityCodeFailed"));
        Assert.Equal(1, Steps.CountOf(events, "accountLocked"));
        Assert.Equal(AccountState.CodeLocked, user.State);
        Assert.Equal(3, user.Reset?.SecurityCodeFailures);
    }

    private async Task WrongPasswordsLockAtExactlyThreeAsync()
    {
        var agent = Demo.Support;
        var support = await Steps.SignInAsync(host, agent);
        var target = Demo.ClerksOf(Demo.Surf)[0];
        var userId = await Steps.FindUserIdAsync(host, support, target.Login);

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await host.Client.PostJsonAsync("/api/auth/login", new { login = target.Login, password = $"Wrong{i}Password2026" }));
        }

        var right = await host.Client.PostJsonAsync("/api/auth/login", new { login = target.Login, password = target.Password });
        var events = await Steps.EventsAsync(host, support, userId);
        var attempts = events.Where(item => item["type"]!.GetValue<string>() == "signInFailed")
            .Select(item => item["details"]?["attempt"]?.GetValue<string>())
            .Order()
            .ToList();

        Assert.All(answers, answer => Assert.Equal((401, "invalid_credentials"), (answer.Status, answer.String("code"))));
        Assert.Equal(["1", "2", "3"], attempts);
        Assert.Equal(1, Steps.CountOf(events, "accountLocked"));
        Assert.Equal((423, "account_locked"), (right.Status, right.String("code")));
    }

    private async Task SuccessiveResetsAreEachCommittedOnceAsync()
    {
        var admin = await Steps.SignInAsync(host, Demo.AdminOf(Demo.Surf));
        var clerk = Demo.ClerksOf(Demo.Surf)[1];
        var userId = await Steps.FindUserIdAsync(host, admin, clerk.Login);

        for (var i = 1; i <= Resets; i++)
        {
            Assert.Equal(200, (await Steps.ResetAsync(host, admin, userId)).Status);
            await host.Outbox.WaitForCredentialsAsync(clerk.Email, i);
        }

        await Steps.WaitForDeliveriesAsync(host, connectionString, TimeSpan.FromSeconds(60));
        var emails = Steps.CredentialsTo(host, clerk.Email);
        var signIn = await Steps.SignInWithAsync(host, clerk.Login, emails[^1].TemporaryPassword);
        var user = await Steps.LoadUserAsync(host, userId);
        var events = await Steps.EventsAsync(host, admin, userId);

        Assert.Equal(Resets, emails.Count);
        Assert.Equal("securityCodeRequired", signIn.String("status"));
        Assert.Equal(DeliveryState.Sent, user.Delivery?.State);
        Assert.Equal(Resets, Steps.CountOf(events, "passwordReset"));
        Assert.Equal(Resets, Steps.CountOf(events, "credentialsSent"));
    }

    private async Task SelfServiceResetIsDeliveredAsync()
    {
        var user = Demo.ClerksOf(Demo.Dupont)[1];

        var answer = await host.Client.PostJsonAsync("/api/auth/forgotten-password", new { login = user.Login, email = user.Email });
        var email = await host.Outbox.WaitForCredentialsAsync(user.Email);
        HostRegistry.RememberSecret("temporary password", email.TemporaryPassword);
        await Steps.WaitForDeliveriesAsync(host, connectionString, TimeSpan.FromSeconds(60));
        var signIn = await Steps.SignInWithAsync(host, user.Login, email.TemporaryPassword);

        Assert.Equal(202, answer.Status);
        Assert.Single(Steps.CredentialsTo(host, user.Email));
        Assert.Equal("securityCodeRequired", signIn.String("status"));
    }
}
