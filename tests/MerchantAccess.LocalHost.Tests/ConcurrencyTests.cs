using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// Many simultaneous wrong attempts through the local host: exactly the threshold is counted, and
/// nothing gets through after the lock.
/// </summary>
public sealed class ConcurrencyTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private const int Attempts = 200;
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Concurrent_wrong_codes_lock_at_exactly_three()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontClerk);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        var email = await _host.Outbox.WaitForCredentialsAsync(DupontClerkEmail);
        var challenge = await ScenarioSteps.StartFirstConnectionAsync(client, DupontClerk, email.TemporaryPassword);

        var answers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i =>
            client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = $"WRONG{i:D3}" })));
        var afterLock = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = DupontSecurityCode });
        var state = (await client.GetJsonAsync($"/api/users/{userId}", admin)).String("state");
        var events = await ScenarioSteps.EventTypesAsync(client, admin, userId);

        Assert.Equal(2, answers.Count(answer => answer.String("code") == "invalid_security_code"));
        Assert.Equal(Attempts - 2, answers.Count(answer => answer.String("code") == "account_locked"));
        Assert.DoesNotContain(answers, answer => answer.Status >= 500);
        Assert.Equal(3, events.Count(type => type == "securityCodeFailed"));
        Assert.Equal(1, events.Count(type => type == "accountLocked"));
        Assert.Equal(0, events.Count(type => type == "securityCodeVerified"));
        Assert.Equal((423, "account_locked"), (afterLock.Status, afterLock.String("code")));
        Assert.Equal("codeLocked", state);
    }

    [Fact]
    public async Task Concurrent_right_and_wrong_codes_never_both_win()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfClerk);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        var email = await _host.Outbox.WaitForCredentialsAsync(SurfClerkEmail);
        var challenge = await ScenarioSteps.StartFirstConnectionAsync(client, SurfClerk, email.TemporaryPassword);

        var answers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i =>
            client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = i % 4 == 0 ? SurfSecurityCode : "WRONG000" })));
        var state = (await client.GetJsonAsync($"/api/users/{userId}", admin)).String("state");
        var events = await ScenarioSteps.EventTypesAsync(client, admin, userId);
        var accepted = answers.Count(answer => answer.Status == 200);
        var failures = events.Count(type => type == "securityCodeFailed");

        Assert.DoesNotContain(answers, answer => answer.Status >= 500);
        Assert.True(accepted <= 1, $"{accepted} right codes were accepted");
        Assert.True(failures <= 3, $"{failures} wrong codes were counted");
        Assert.Equal(accepted == 0, state == "codeLocked");
        Assert.Equal(accepted == 0, failures == 3);
        Assert.Equal(accepted, events.Count(type => type == "securityCodeVerified"));
    }

    [Fact]
    public async Task Concurrent_wrong_passwords_lock_at_exactly_three()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfStockKeeper);

        var answers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i =>
            client.PostJsonAsync("/api/auth/login", new { login = SurfStockKeeper, password = $"Wrong{i:D3}Password" })));
        var right = await client.PostJsonAsync("/api/auth/login", new { login = SurfStockKeeper, password = SurfStockKeeperPassword });
        var state = (await client.GetJsonAsync($"/api/users/{userId}", admin)).String("state");
        var events = await ScenarioSteps.AllEventsAsync(client, admin, userId);
        var counted = events.Count(item => item["type"]!.GetValue<string>() == "signInFailed" && item["details"]!["attempt"] is not null);

        Assert.All(answers, answer => Assert.Equal((401, "invalid_credentials"), (answer.Status, answer.String("code"))));
        Assert.Equal(3, counted);
        Assert.Equal(1, events.Count(item => item["type"]!.GetValue<string>() == "accountLocked"));
        Assert.Equal(Attempts, events.Count(item => item["type"]!.GetValue<string>() == "signInFailed"));
        Assert.Equal(0, events.Count(item => item["type"]!.GetValue<string>() == "signInSucceeded"));
        Assert.Equal((423, "account_locked"), (right.Status, right.String("code")));
        Assert.Equal("passwordLocked", state);
    }
}
