using System.Net;
using System.Text.Json;
using MerchantAccess.LocalHost.FrontEnd;
using MerchantAccess.Testing;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>The local host serves the front end in <c>web/</c> at <c>/</c> and keeps <c>/api</c> and <c>/admin</c> for the backend.</summary>
public sealed class FrontEndServingTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly HttpClient _client = fixture.Host.Client;

    [Fact]
    public async Task Root_serves_index_page_with_config_headers()
    {
        using var response = await _client.GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/js/main.js\"></script>", body, StringComparison.Ordinal);
        Assert.Equal(ConfiguredHeader("Content-Security-Policy"), response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/users/0a1b2c/reset")]
    public async Task Page_address_serves_index_page(string path)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/js/main.js", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Module_script_is_served_as_javascript()
    {
        using var response = await _client.GetAsync("/js/main.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Missing_file_is_not_found()
    {
        using var response = await _client.GetAsync("/js/missing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_routes_still_answer_as_api()
    {
        var health = await _client.GetJsonAsync("/api/health");
        using var unknown = await _client.GetAsync("/api/no-such-route");
        using var wrongMethod = await _client.GetAsync("/api/auth/login");
        var login = await _client.PostJsonAsync("/api/auth/login", new { login = DemoAccounts.DupontAdmin, password = DemoAccounts.DupontAdminPassword });

        Assert.Equal(200, health.Status);
        Assert.Equal("application/json", health.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEqual("text/html", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("authenticated", login.String("status"));
    }

    [Fact]
    public async Task Admin_routes_are_not_pages()
    {
        using var response = await _client.GetAsync("/admin/functions/UnlockAudit");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Configured_web_root_is_served()
    {
        var folder = Path.Combine(Path.GetTempPath(), "merchantaccess-tests", TestSettings.UniqueName());
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), "<!doctype html><title>Other front end</title>");
        try
        {
            await using var host = await LocalHostInstance.StartAsync(settings => settings[FrontEndSite.WebRootSetting] = folder);

            var body = await host.Client.GetStringAsync("/users");

            Assert.Contains("Other front end", body, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ConfiguredHeader(string name)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "web", "staticwebapp.config.json")));
        return config.RootElement.GetProperty("globalHeaders").GetProperty(name).GetString()!;
    }
}
