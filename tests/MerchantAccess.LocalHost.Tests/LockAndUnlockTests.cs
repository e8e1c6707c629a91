using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Code locks need merchant support; password locks yield to a reset.</summary>
public sealed class LockAndUnlockTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Code_lock_is_lifted_by_support_only_with_reason()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontClerk);
        await ScenarioSteps.LockWithWrongCodesAsync(_host, admin, userId, DupontClerk, DupontClerkEmail);
        var support = await client.SignInAsync(SupportAgent, SupportAgentPassword);

        var resetByAdmin = await ScenarioSteps.ResetAsync(client, admin, userId);
        var unlockByAdmin = await client.PostJsonAsync($"/api/users/{userId}/unlock", new { reason = "Appel du client" }, admin);
        var noReason = await client.PostJsonAsync($"/api/users/{userId}/unlock", new { reason = "  " }, support);
        var locked = await client.GetJsonAsync($"/api/users/{userId}", support);
        var unlocked = await client.PostJsonAsync($"/api/users/{userId}/unlock", new { reason = "Identité vérifiée par téléphone" }, support);
        var token = await ScenarioSteps.CompleteFirstConnectionAsync(_host, DupontClerk, DupontClerkEmail, DupontSecurityCode, "Levain2027Bio", emailCount: 2);
        var events = await ScenarioSteps.AllEventsAsync(client, support, userId);
        var unlockEvent = events.First(item => item["type"]!.GetValue<string>() == "accountUnlocked");

        Assert.Equal((423, "account_locked"), (resetByAdmin.Status, resetByAdmin.String("code")));
        Assert.Equal((403, "forbidden"), (unlockByAdmin.Status, unlockByAdmin.String("code")));
        Assert.Equal(400, noReason.Status);
        Assert.NotNull(noReason.Json!["errors"]!["reason"]);
        Assert.Equal("codeLocked", locked.String("state"));
        Assert.Equal(200, unlocked.Status);
        Assert.Equal("resetPending", unlocked.Json!["user"]!["state"]!.GetValue<string>());
        Assert.Equal(DupontSecurityCode, unlocked.String("companySecurityCode"));
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal("Identité vérifiée par téléphone", unlockEvent["reason"]!.GetValue<string>());
        Assert.Equal("support", unlockEvent["actorRole"]!.GetValue<string>());
        Assert.Equal("securityCode", unlockEvent["details"]!["lockKind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Password_lock_hides_until_right_password_and_reset_lifts_it()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfClerk);

        var wrong = new List<ApiResponse>();
        for (var i = 0; i < 4; i++)
        {
            wrong.Add(await client.PostJsonAsync("/api/auth/login", new { login = SurfClerk, password = "Wetsuit2026Wrong" }));
        }

        var right = await client.PostJsonAsync("/api/auth/login", new { login = SurfClerk, password = SurfClerkPassword });
        var state = (await client.GetJsonAsync($"/api/users/{userId}", admin)).String("state");
        var reset = await ScenarioSteps.ResetAsync(client, admin, userId);
        var token = await ScenarioSteps.CompleteFirstConnectionAsync(_host, SurfClerk, SurfClerkEmail, SurfSecurityCode, "Wetsuit2027Sales");
        var events = await ScenarioSteps.EventTypesAsync(client, admin, userId);

        Assert.All(wrong, answer => Assert.Equal((401, "invalid_credentials"), (answer.Status, answer.String("code"))));
        Assert.Equal(wrong[0].Text, wrong[3].Text);
        Assert.Equal((423, "account_locked"), (right.Status, right.String("code")));
        Assert.Equal("password", right.String("lockReason"));
        Assert.Equal("passwordLocked", state);
        Assert.Equal(200, reset.Status);
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Contains("accountUnlocked", events);
        Assert.Equal(1, events.Count(type => type == "accountLocked"));
    }

    [Fact]
    public async Task Unlocking_an_unlocked_account_is_a_conflict()
    {
        var support = await _host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, support, SurfStockKeeper);

        var answer = await _host.Client.PostJsonAsync($"/api/users/{userId}/unlock", new { reason = "Demande du client" }, support);
        var english = await _host.Client.PostJsonAsync($"/api/users/{userId}/unlock", new { reason = "Customer request" }, support, language: "en");

        Assert.Equal((409, "conflict"), (answer.Status, answer.String("code")));
        Assert.Equal("Ce compte n'est pas bloqué : il n'y a rien à débloquer.", answer.String("detail"));
        Assert.Equal("This account is not locked, so there is nothing to unlock.", english.String("detail"));
    }
}
