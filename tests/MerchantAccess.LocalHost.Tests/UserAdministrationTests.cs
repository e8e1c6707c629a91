using System.Text.Json.Nodes;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Administrators create, view, edit and disable the users of their company; support enables and sets permissions.</summary>
public sealed class UserAdministrationTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Created_user_gets_identifiers_and_completes_first_connection()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);

        var created = await client.PostJsonAsync("/api/users", new
        {
            title = "Mme",
            firstName = "Éloïse",
            lastName = "Dubois-Martin",
            email = "eloise.dubois@boulangerie-dupont.example",
            language = "fr",
            timeZone = "Europe/Paris",
            permissions = Array.Empty<string>(),
        }, admin);
        var token = await ScenarioSteps.CompleteFirstConnectionAsync(_host, "eloise.dubois-martin", "eloise.dubois@boulangerie-dupont.example", DupontSecurityCode, "Viennoiserie2027");
        var profile = await client.GetJsonAsync("/api/me", token);

        Assert.Equal(201, created.Status);
        Assert.Equal("eloise.dubois-martin", created.String("login"));
        Assert.Equal("resetPending", created.String("state"));
        Assert.Equal(DupontSecurityCode, created.String("companySecurityCode"));
        Assert.Equal("queued", created.Json!["deliveryStatus"]!["status"]!.GetValue<string>());
        Assert.Equal("Boulangerie Dupont", created.String("companyName"));
        Assert.Equal("active", profile.String("state"));
        Assert.Equal("Éloïse", profile.String("firstName"));
    }

    [Theory]
    [InlineData("MARC.LEROY")]
    [InlineData("ｍａｒｃ．ｌｅｒｏｙ")]
    public async Task Login_taken_in_another_spelling_is_a_conflict(string login)
    {
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);

        var created = await _host.Client.PostJsonAsync("/api/users", new { login, firstName = "Marc", lastName = "Leroy", email = "other@example.com" }, admin);

        Assert.Equal((409, "conflict"), (created.Status, created.String("code")));
        Assert.NotNull(created.Json!["errors"]!["login"]);
    }

    [Fact]
    public async Task Generated_login_takes_next_free_number()
    {
        var admin = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);

        var created = await _host.Client.PostJsonAsync("/api/users", new { firstName = "Emma", lastName = "Brown", email = "emma.brown2@atlantic-surf.example", language = "en" }, admin);

        Assert.Equal(201, created.Status);
        Assert.Equal("emma.brown2", created.String("login"));
    }

    public static TheoryData<string, string> InvalidUsers => new()
    {
        { "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"not-an-address\"}", "email" },
        { "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"language\":\"de\"}", "language" },
        { "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"timeZone\":\"Mars/Olympus\"}", "timeZone" },
        { "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"permissions\":[\"root\"]}", "permissions" },
        { "{\"firstName\":\"A\\r\\nB\",\"lastName\":\"B\",\"email\":\"a@b.example\"}", "firstName" },
        { "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"login\":\"a b\"}", "login" },
        { "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\",\"phoneNumber\":\"hello\"}", "phoneNumber" },
        { "{\"lastName\":\"B\",\"email\":\"a@b.example\"}", "firstName" },
    };

    [Theory]
    [MemberData(nameof(InvalidUsers))]
    public async Task Invalid_new_user_names_the_field(string body, string field)
    {
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var before = (await _host.Client.GetJsonAsync("/api/users?pageSize=100", admin)).Json!["items"]!.AsArray().Count;

        var created = await _host.Client.PostJsonAsync("/api/users", body, admin);
        var after = (await _host.Client.GetJsonAsync("/api/users?pageSize=100", admin)).Json!["items"]!.AsArray().Count;

        Assert.Equal((400, "validation_failed"), (created.Status, created.String("code")));
        Assert.NotNull(created.Json!["errors"]![field]);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Support_must_name_a_merchant_company()
    {
        var support = await _host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var admin = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var surfCompany = (await _host.Client.GetJsonAsync("/api/me", admin)).String("companyId");

        var missing = await _host.Client.PostJsonAsync("/api/users", new { firstName = "Zoé", lastName = "Petit", email = "zoe@atlantic-surf.example" }, support);
        var created = await _host.Client.PostJsonAsync("/api/users", new { companyId = surfCompany, firstName = "Zoé", lastName = "Petit", email = "zoe@atlantic-surf.example" }, support);
        var fromOtherAdmin = await _host.Client.PostJsonAsync("/api/users", new { companyId = surfCompany, firstName = "Zoé", lastName = "Petit", email = "zoe2@atlantic-surf.example" }, await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword));

        Assert.Equal(400, missing.Status);
        Assert.NotNull(missing.Json!["errors"]!["companyId"]);
        Assert.Equal(201, created.Status);
        Assert.Equal(surfCompany, created.String("companyId"));
        Assert.Equal(400, fromOtherAdmin.Status);
        Assert.NotNull(fromOtherAdmin.Json!["errors"]!["companyId"]);
    }

    [Fact]
    public async Task Edit_changes_fields_and_records_email_change()
    {
        var admin = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, SurfStockKeeper);

        var edited = await _host.Client.SendJsonAsync(HttpMethod.Patch, $"/api/users/{userId}", new { email = "lucas.b@atlantic-surf.example", phoneNumber = "06 12 34 56 78", readOnly = true }, admin);
        var fetched = await _host.Client.GetJsonAsync($"/api/users/{userId}", admin);
        var events = await ScenarioSteps.EventTypesAsync(_host.Client, admin, userId);

        Assert.Equal(200, edited.Status);
        Assert.Equal("lucas.b@atlantic-surf.example", fetched.String("email"));
        Assert.Equal("+33612345678", fetched.String("phoneNumber"));
        Assert.True(fetched.Json!["readOnly"]!.GetValue<bool>());
        // The notice to the former address may be sent, and its event recorded, before the read.
        Assert.Equal(["emailChanged", "userUpdated"], events.Where(type => type != "notificationSent").Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Disabled_user_is_refused_and_support_enables_again()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAccountant);
        var userToken = await client.SignInAsync(DupontAccountant, "Baguette2026Compta");

        var disabled = await client.PostJsonAsync($"/api/users/{userId}/disable", null, admin);
        var oldSession = await client.GetJsonAsync("/api/me", userToken);
        var rightPassword = await client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = "Baguette2026Compta" });
        var wrongPassword = await client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = "Baguette2026Wrong" });
        var enabledByAdmin = await client.PostJsonAsync($"/api/users/{userId}/enable", null, admin);
        var support = await client.SignInAsync(SupportAgent, SupportAgentPassword);
        var enabled = await client.PostJsonAsync($"/api/users/{userId}/enable", null, support);
        var enabledTwice = await client.PostJsonAsync($"/api/users/{userId}/enable", null, support);
        var token = await ScenarioSteps.CompleteFirstConnectionAsync(_host, DupontAccountant, DupontAccountantEmail, DupontSecurityCode, "Baguette2027Compta");

        Assert.Equal("disabled", disabled.String("state"));
        Assert.Equal(401, oldSession.Status);
        Assert.Equal((403, "account_disabled"), (rightPassword.Status, rightPassword.String("code")));
        Assert.Equal((401, "invalid_credentials"), (wrongPassword.Status, wrongPassword.String("code")));
        Assert.Equal((403, "forbidden"), (enabledByAdmin.Status, enabledByAdmin.String("code")));
        Assert.Equal(200, enabled.Status);
        Assert.Equal(DupontSecurityCode, enabled.String("companySecurityCode"));
        Assert.Equal((409, "Ce compte n'est pas désactivé : il est déjà en service."), (enabledTwice.Status, enabledTwice.String("detail")));
        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public async Task Only_support_changes_permissions()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfClerk);
        var support = await client.SignInAsync(SupportAgent, SupportAgentPassword);

        var byAdmin = await client.SendJsonAsync(HttpMethod.Put, $"/api/users/{userId}/permissions", new { permissions = new[] { "manageUsers" } }, admin);
        var bySupport = await client.SendJsonAsync(HttpMethod.Put, $"/api/users/{userId}/permissions", new { permissions = new[] { "manageUsers" } }, support);
        var clerk = await client.SignInAsync(SurfClerk, SurfClerkPassword);
        var searchAsNewAdmin = await client.GetJsonAsync("/api/users", clerk);
        var revoked = await client.SendJsonAsync(HttpMethod.Put, $"/api/users/{userId}/permissions", new { permissions = Array.Empty<string>() }, support);
        var searchAfterRevoke = await client.GetJsonAsync("/api/users", clerk);
        var events = await ScenarioSteps.EventTypesAsync(client, support, userId);

        Assert.Equal((403, "forbidden"), (byAdmin.Status, byAdmin.String("code")));
        Assert.Equal(["manageUsers"], bySupport.Json!["permissions"]!.AsArray().Select(node => node!.GetValue<string>()));
        Assert.Equal(200, searchAsNewAdmin.Status);
        Assert.Empty(revoked.Json!["permissions"]!.AsArray());
        Assert.Equal(403, searchAfterRevoke.Status);
        Assert.Equal(2, events.Count(type => type == "permissionsChanged"));
    }

    [Fact]
    public async Task Search_names_company_of_each_user()
    {
        var client = _host.Client;
        var support = await client.SignInAsync(SupportAgent, SupportAgentPassword);
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var clerkId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontClerk);

        var acrossCompanies = (await client.GetJsonAsync("/api/users?pageSize=100", support)).Json!["items"]!.AsArray();
        var ownCompany = (await client.GetJsonAsync("/api/users?pageSize=100", admin)).Json!["items"]!.AsArray();
        var clerk = await client.GetJsonAsync($"/api/users/{clerkId}", admin);

        var companyNames = acrossCompanies.Select(item => item!["companyName"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("Boulangerie Dupont", companyNames);
        Assert.Contains("Atlantic Surf Shop", companyNames);
        Assert.All(ownCompany, item => Assert.Equal("Boulangerie Dupont", item!["companyName"]!.GetValue<string>()));
        var listedClerk = ownCompany.Single(item => item!["id"]!.GetValue<string>() == clerkId)!;
        Assert.Equal(clerk.String("companyId"), listedClerk["companyId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_company_user_is_not_found_on_every_route()
    {
        var client = _host.Client;
        var dupont = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var surf = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var target = await ScenarioSteps.FindUserIdAsync(client, dupont, DupontClerk);

        var answers = new List<ApiResponse>
        {
            await client.GetJsonAsync($"/api/users/{target}", surf),
            await client.SendJsonAsync(HttpMethod.Patch, $"/api/users/{target}", new { title = "M." }, surf),
            await client.PostJsonAsync($"/api/users/{target}/disable", null, surf),
            await client.GetJsonAsync($"/api/users/{target}/events", surf),
            await client.PostJsonAsync($"/api/users/{target}/password-reset", null, surf),
        };

        Assert.All(answers, answer => Assert.Equal((404, "not_found"), (answer.Status, answer.String("code"))));
    }

    [Fact]
    public async Task Events_page_newest_first_with_token()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var adminId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAdmin);
        for (var i = 0; i < 3; i++)
        {
            await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        }

        var first = await client.GetJsonAsync($"/api/users/{adminId}/events?pageSize=2", admin);
        var second = await client.GetJsonAsync($"/api/users/{adminId}/events?pageSize=2&continuationToken={Uri.EscapeDataString(first.String("continuationToken")!)}", admin);
        var times = first.Json!["items"]!.AsArray().Concat(second.Json!["items"]!.AsArray()).Select(item => DateTimeOffset.Parse(item!["occurredAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var item = (JsonObject)first.Json["items"]![0]!;

        Assert.Equal(2, first.Json["items"]!.AsArray().Count);
        Assert.Equal(times.OrderByDescending(time => time), times);
        Assert.Equal("signInSucceeded", item["type"]!.GetValue<string>());
        Assert.Equal("success", item["outcome"]!.GetValue<string>());
        Assert.Equal(adminId, item["actorId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(item["clientAddress"]!.GetValue<string>()));
    }
}
