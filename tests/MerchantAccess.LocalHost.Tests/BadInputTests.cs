using System.Text;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Bad requests get a 4xx problem details answer that says what is wrong, and change nothing.</summary>
public sealed class BadInputTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    public static TheoryData<string, string, int, string, string> SignInBodies => new()
    {
        { "/api/auth/login", "{", 400, "validation_failed", "body" },
        { "/api/auth/login", "", 400, "validation_failed", "body" },
        { "/api/auth/login", "null", 400, "validation_failed", "body" },
        { "/api/auth/login", "[]", 400, "validation_failed", "body" },
        { "/api/auth/login", "{\"login\":42,\"password\":\"x\"}", 400, "validation_failed", "login" },
        { "/api/auth/login", "{\"login\":\"a\",\"password\":\"x\",\"admin\":true}", 400, "validation_failed", "admin" },
        { "/api/auth/login", "{\"password\":\"x\"}", 400, "validation_failed", "login" },
        { "/api/auth/login", "{\"login\":\"   \",\"password\":\"x\"}", 400, "validation_failed", "login" },
        { "/api/auth/security-code", "{\"challengeToken\":\"x\"}", 400, "validation_failed", "securityCode" },
        { "/api/auth/security-code", "{\"challengeToken\":[1],\"securityCode\":\"x\"}", 400, "validation_failed", "challengeToken" },
        { "/api/auth/new-password", "{\"challengeToken\":\"x\",\"newPassword\":null}", 400, "validation_failed", "newPassword" },
    };

    [Theory]
    [MemberData(nameof(SignInBodies))]
    public async Task Malformed_body_names_the_field(string path, string body, int status, string code, string field)
    {
        var response = await _host.Client.PostJsonAsync(path, body);

        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal(code, response.String("code"));
        Assert.NotNull(response.Json!["errors"]![field]);
        Assert.False(string.IsNullOrWhiteSpace(response.String("detail")));
    }

    [Fact]
    public async Task Oversized_body_is_rejected_with_413()
    {
        var body = "{\"login\":\"" + new string('a', 100_000) + "\",\"password\":\"x\"}";

        var response = await _host.Client.PostJsonAsync("/api/auth/login", body);

        Assert.Equal((413, "payload_too_large"), (response.Status, response.String("code")));
    }

    [Fact]
    public async Task Form_body_is_rejected_with_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = new StringContent("login=a&password=b", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        var response = await ApiClient.SendAsync(_host.Client, request, null, null);

        Assert.Equal((415, "unsupported_media_type"), (response.Status, response.String("code")));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    public async Task Forged_challenge_is_rejected(string challenge)
    {
        var code = await _host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "ABCDEF12" });
        var password = await _host.Client.PostJsonAsync("/api/auth/new-password", new { challengeToken = challenge, newPassword = "Valid2027Password" });

        Assert.Equal((401, "invalid_challenge"), (code.Status, code.String("code")));
        Assert.Equal((401, "invalid_challenge"), (password.Status, password.String("code")));
    }

    [Fact]
    public async Task Unknown_login_and_wrong_password_get_the_same_answer()
    {
        var unknown = await _host.Client.PostJsonAsync("/api/auth/login", new { login = "nobody.here", password = "Whatever2026x" });
        var wrong = await _host.Client.PostJsonAsync("/api/auth/login", new { login = SurfAdmin, password = "Whatever2026x" });

        Assert.Equal(401, unknown.Status);
        Assert.Equal(unknown.Text, wrong.Text);
    }

    [Theory]
    [InlineData("state=frozen", "state")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("continuationToken=%27%3B--", "continuationToken")]
    public async Task Bad_search_parameters_are_rejected(string query, string field)
    {
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);

        var response = await _host.Client.GetJsonAsync("/api/users?" + query, admin);

        Assert.Equal((400, "validation_failed"), (response.Status, response.String("code")));
        Assert.NotNull(response.Json!["errors"]![field]);
    }

    [Theory]
    [InlineData("'")]
    [InlineData("a' or '1'='1")]
    [InlineData("/\\#?%")]
    [InlineData("Éé")]
    public async Task Search_text_is_plain_text(string text)
    {
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);

        var response = await _host.Client.GetJsonAsync("/api/users?query=" + Uri.EscapeDataString(text), admin);

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Json!["items"]!.AsArray());
    }
}
