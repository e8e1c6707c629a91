using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The forgotten-password flow: one answer for every request, and a reset only when login and
/// e-mail match an account that is not code locked or disabled.
/// </summary>
public sealed class SelfServiceTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Matching_request_resets_and_emails_identifiers()
    {
        var answer = await RequestAsync(DupontClerk, DupontClerkEmail);
        var token = await ScenarioSteps.CompleteFirstConnectionAsync(_host, DupontClerk, DupontClerkEmail, DupontSecurityCode, "Brioche2027Dorée");
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, DupontClerk);
        var events = await ScenarioSteps.AllEventsAsync(_host.Client, admin, userId);
        var reset = events.First(item => item["type"]!.GetValue<string>() == "passwordReset");

        Assert.Equal(202, answer.Status);
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(userId, reset["actorId"]!.GetValue<string>());
        Assert.Equal("selfService", reset["details"]!["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_request_gets_the_same_answer()
    {
        var matching = await RequestAsync(SurfStockKeeper, SurfStockKeeperEmail);
        var wrongEmail = await RequestAsync(SurfStockKeeper, "someone.else@example.com");
        var unknownLogin = await RequestAsync("nobody.at.all", SurfStockKeeperEmail);
        var english = await RequestAsync("nobody.at.all", SurfStockKeeperEmail, "en");
        var englishMatch = await RequestAsync(SurfStockKeeper, SurfStockKeeperEmail, "en");

        Assert.All(new[] { matching, wrongEmail, unknownLogin, english, englishMatch }, answer => Assert.Equal(202, answer.Status));
        Assert.Equal(matching.Text, wrongEmail.Text);
        Assert.Equal(matching.Text, unknownLogin.Text);
        Assert.Equal(english.Text, englishMatch.Text);
        Assert.NotEqual(matching.Text, english.Text);
    }

    [Fact]
    public async Task Mismatched_email_sends_nothing_and_is_recorded()
    {
        await RequestAsync(SurfAdmin, "not.james@atlantic-surf.example");
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);
        var admin = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var adminId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, SurfAdmin);
        var events = await ScenarioSteps.AllEventsAsync(_host.Client, admin, adminId);
        var refused = events.First(item => item["type"]!.GetValue<string>() == "selfServiceResetRequested");

        Assert.Empty(_host.Outbox.CredentialsTo("james.walker@atlantic-surf.example"));
        Assert.Equal("refused", refused["outcome"]!.GetValue<string>());
        Assert.Equal("emailMismatch", refused["details"]!["reason"]!.GetValue<string>());
        Assert.Equal("active", (await _host.Client.GetJsonAsync($"/api/users/{adminId}", admin)).String("state"));
    }

    [Fact]
    public async Task Password_lock_is_lifted_but_code_lock_is_not()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var accountantId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAccountant);
        for (var i = 0; i < 3; i++)
        {
            await client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = "Baguette2026Wrong" });
        }

        await RequestAsync(DupontAccountant, DupontAccountantEmail);
        var token = await ScenarioSteps.CompleteFirstConnectionAsync(_host, DupontAccountant, DupontAccountantEmail, DupontSecurityCode, "Baguette2027Compta");

        await ScenarioSteps.LockWithWrongCodesAsync(_host, admin, accountantId, DupontAccountant, DupontAccountantEmail, emailCount: 2);
        await RequestAsync(DupontAccountant, DupontAccountantEmail);
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);
        var state = (await client.GetJsonAsync($"/api/users/{accountantId}", admin)).String("state");

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(2, _host.Outbox.CredentialsTo(DupontAccountantEmail).Count);
        Assert.Equal("codeLocked", state);
    }

    [Fact]
    public async Task Requests_over_the_login_limit_send_nothing()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 7; i++)
        {
            answers.Add(await RequestAsync(SurfClerk, "wrong.address@example.com"));
        }

        await ScenarioSteps.WaitForEmptyQueueAsync(_host);
        var over = await RequestAsync(SurfClerk, SurfClerkEmail);
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);

        Assert.All(answers, answer => Assert.Equal(202, answer.Status));
        Assert.Equal(202, over.Status);
        Assert.Equal(answers[0].Text, over.Text);
        Assert.Empty(_host.Outbox.CredentialsTo(SurfClerkEmail));
        Assert.Contains(_host.Logs.Entries, entry => entry.EventId == Domain.Common.LogEventIds.SelfServiceRequestLimited);
    }

    [Theory]
    [InlineData("{\"login\":\"marc.leroy\"}", "email")]
    [InlineData("{\"email\":\"a@b.example\"}", "login")]
    [InlineData("{\"login\":42,\"email\":\"a@b.example\"}", "login")]
    [InlineData("{\"login\":\"a\",\"email\":\"b\",\"extra\":1}", "extra")]
    public async Task Malformed_request_names_the_field(string body, string field)
    {
        var answer = await _host.Client.PostJsonAsync("/api/auth/forgotten-password", body);

        Assert.Equal((400, "validation_failed"), (answer.Status, answer.String("code")));
        Assert.NotNull(answer.Json!["errors"]![field]);
    }

    /// <summary>
    /// Sends a request as a client of its own: the forwarded address differs for each test, so the
    /// tests of this class do not share the per-address limit.
    /// </summary>
    private async Task<ApiResponse> RequestAsync(string login, string email, string? language = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/forgotten-password")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { login, email }),
        };
        request.Headers.Add("X-Forwarded-For", $"198.51.100.{(uint)caller.GetHashCode(StringComparison.Ordinal) % 250}");
        return await ApiClient.SendAsync(_host.Client, request, null, language);
    }
}
