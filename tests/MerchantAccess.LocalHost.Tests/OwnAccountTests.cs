using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>A signed-in user's profile, password change and sign-out.</summary>
public sealed class OwnAccountTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Profile_shows_own_account()
    {
        var token = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);

        var profile = await _host.Client.GetJsonAsync("/api/me", token);

        Assert.Equal(200, profile.Status);
        Assert.Equal(SurfAdmin, profile.String("login"));
        Assert.Equal("Atlantic Surf Shop", profile.String("companyName"));
        Assert.Equal(["manageUsers"], profile.Json!["permissions"]!.AsArray().Select(node => node!.GetValue<string>()));
        Assert.DoesNotContain("password", profile.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(profile.Json["lastSignInAt"]);
    }

    [Fact]
    public async Task Password_change_ends_sessions_and_replaces_password()
    {
        var client = _host.Client;
        var token = await client.SignInAsync(DupontClerk, DupontClerkPassword);
        var otherSession = await client.SignInAsync(DupontClerk, DupontClerkPassword);

        var weak = await client.PostJsonAsync("/api/me/password", new { currentPassword = DupontClerkPassword, newPassword = "short" }, token);
        var reused = await client.PostJsonAsync("/api/me/password", new { currentPassword = DupontClerkPassword, newPassword = DupontClerkPassword }, token);
        var changed = await client.PostJsonAsync("/api/me/password", new { currentPassword = DupontClerkPassword, newPassword = "Chocolatine2027" }, token);
        var afterChange = await client.GetJsonAsync("/api/me", token);
        var other = await client.GetJsonAsync("/api/me", otherSession);
        var oldPassword = await client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password = DupontClerkPassword });
        var newPassword = await client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password = "Chocolatine2027" });

        Assert.Equal((400, "password_policy"), (weak.Status, weak.String("code")));
        Assert.Contains("notRecent", reused.Json!["failedRules"]!.AsArray().Select(rule => rule!.GetValue<string>()));
        Assert.Equal(204, changed.Status);
        Assert.Equal(401, afterChange.Status);
        Assert.Equal(401, other.Status);
        Assert.Equal(401, oldPassword.Status);
        Assert.Equal("authenticated", newPassword.String("status"));
    }

    [Fact]
    public async Task Wrong_current_password_counts_towards_lock()
    {
        var client = _host.Client;
        var token = await client.SignInAsync(SurfStockKeeper, "Planche2026Stock");

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.PostJsonAsync("/api/me/password", new { currentPassword = "Planche2026Wrong", newPassword = "Planche2027Stock" }, token));
        }

        var afterLock = await client.GetJsonAsync("/api/me", token);
        var signIn = await client.PostJsonAsync("/api/auth/login", new { login = SurfStockKeeper, password = "Planche2026Stock" });

        Assert.All(answers, answer => Assert.Equal((401, "invalid_credentials"), (answer.Status, answer.String("code"))));
        Assert.Equal(401, afterLock.Status);
        Assert.Equal((423, "account_locked"), (signIn.Status, signIn.String("code")));
    }

    [Fact]
    public async Task Logout_ends_only_the_current_session()
    {
        var client = _host.Client;
        var first = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var second = await client.SignInAsync(SurfAdmin, SurfAdminPassword);

        var logout = await client.PostJsonAsync("/api/auth/logout", null, first);
        var firstAfter = await client.GetJsonAsync("/api/me", first);
        var secondAfter = await client.GetJsonAsync("/api/me", second);
        var logoutAgain = await client.PostJsonAsync("/api/auth/logout", null, first);

        Assert.Equal(204, logout.Status);
        Assert.Equal(401, firstAfter.Status);
        Assert.Equal(200, secondAfter.Status);
        Assert.Equal((401, "unauthorized"), (logoutAgain.Status, logoutAgain.String("code")));
    }
}
