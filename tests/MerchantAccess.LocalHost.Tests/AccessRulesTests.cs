using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Who may reset whom: companies are kept apart, and only administrators and support may reset.</summary>
public sealed class AccessRulesTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Admin_of_other_company_gets_not_found()
    {
        var client = _host.Client;
        var dupont = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var surf = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var dupontClerk = await ScenarioSteps.FindUserIdAsync(client, dupont, DupontClerk);

        var crossCompany = await ScenarioSteps.ResetAsync(client, surf, dupontClerk);
        var unknown = await ScenarioSteps.ResetAsync(client, surf, "0123456789abcdef0123456789abcdef");
        var malformed = await ScenarioSteps.ResetAsync(client, surf, "not-an-id");

        Assert.Equal((404, "not_found"), (crossCompany.Status, crossCompany.String("code")));
        Assert.Equal(crossCompany.Text.Replace(dupontClerk, "", StringComparison.Ordinal), unknown.Text.Replace("0123456789abcdef0123456789abcdef", "", StringComparison.Ordinal));
        Assert.Equal((404, "not_found"), (malformed.Status, malformed.String("code")));
    }

    [Fact]
    public async Task Admin_search_lists_only_own_company()
    {
        var client = _host.Client;
        var surf = await client.SignInAsync(SurfAdmin, SurfAdminPassword);

        var all = await client.GetJsonAsync("/api/users", surf);
        var logins = all.Json!["items"]!.AsArray().Select(item => item!["login"]!.GetValue<string>()).ToList();

        Assert.Equal([SurfStockKeeper, SurfClerk, SurfAdmin], logins);
        Assert.Null(all.Json["continuationToken"]);
    }

    [Fact]
    public async Task Merchant_without_permission_is_forbidden()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var adminId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAdmin);
        var clerk = await client.SignInAsync(SurfClerk, SurfClerkPassword);

        var search = await client.GetJsonAsync("/api/users", clerk);
        var reset = await ScenarioSteps.ResetAsync(client, clerk, adminId);

        Assert.Equal((403, "forbidden"), (search.Status, search.String("code")));
        Assert.Equal((403, "forbidden"), (reset.Status, reset.String("code")));
    }

    [Fact]
    public async Task Support_agent_resets_across_companies()
    {
        var client = _host.Client;
        var support = await client.SignInAsync(SupportAgent, SupportAgentPassword);
        var stockKeeper = await ScenarioSteps.FindUserIdAsync(client, support, SurfStockKeeper);

        var reset = await ScenarioSteps.ResetAsync(client, support, stockKeeper);
        var email = await _host.Outbox.WaitForCredentialsAsync(SurfStockKeeperEmail);

        Assert.Equal(200, reset.Status);
        Assert.Equal(SurfSecurityCode, reset.String("companySecurityCode"));
        Assert.Contains("Lucas Bernard", reset.String("message"), StringComparison.Ordinal);
        Assert.Contains("Mot de passe temporaire", email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic Zm9vOmJhcg==")]
    public async Task Missing_or_bad_token_is_unauthorized(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/users");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await ApiClient.SendAsync(_host.Client, request, null, null);

        Assert.Equal((401, "unauthorized"), (response.Status, response.String("code")));
    }
}
