using MerchantAccess.Testing;
using Microsoft.Extensions.Time.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Rules that depend on time, with the host's clock under test control.</summary>
public sealed class TimeRulesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private LocalHostInstance _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostInstance.StartAsync(time: _time);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Session_ends_after_fifteen_idle_minutes()
    {
        var token = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);

        _time.Advance(TimeSpan.FromMinutes(14));
        var active = await _host.Client.GetJsonAsync("/api/me", token);
        _time.Advance(TimeSpan.FromMinutes(14));
        var stillActive = await _host.Client.GetJsonAsync("/api/me", token);
        _time.Advance(TimeSpan.FromMinutes(16));
        var idle = await _host.Client.GetJsonAsync("/api/me", token);

        Assert.Equal(200, active.Status);
        Assert.Equal(200, stillActive.Status);
        Assert.Equal(401, idle.Status);
    }

    [Fact]
    public async Task Password_older_than_ninety_days_must_be_changed()
    {
        // The user signs in on day 60: an account unused for 90 days would be disabled by the
        // unlock audit, which the schedule runs as the clock passes 06:00.
        _time.Advance(TimeSpan.FromDays(60));
        await _host.Client.SignInAsync(SurfStockKeeper, "Planche2026Stock");
        _time.Advance(TimeSpan.FromDays(31));

        var signIn = await _host.Client.PostJsonAsync("/api/auth/login", new { login = SurfStockKeeper, password = "Planche2026Stock" });
        var renewed = await _host.Client.PostJsonAsync("/api/auth/new-password", new { challengeToken = signIn.String("challengeToken"), newPassword = "Planche2027Neuf" });
        var again = await _host.Client.PostJsonAsync("/api/auth/login", new { login = SurfStockKeeper, password = "Planche2027Neuf" });

        Assert.Equal("passwordChangeRequired", signIn.String("status"));
        Assert.Equal("passwordExpired", signIn.String("reason"));
        Assert.Null(signIn.String("accessToken"));
        Assert.Equal("authenticated", renewed.String("status"));
        Assert.Equal("authenticated", again.String("status"));
    }

    [Fact]
    public async Task Temporary_password_stops_working_after_its_lifetime()
    {
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, DupontAccountant);
        await ScenarioSteps.ResetAsync(_host.Client, admin, userId);
        var email = await _host.Outbox.WaitForCredentialsAsync(DupontAccountantEmail);

        _time.Advance(TimeSpan.FromHours(25));
        var expired = await _host.Client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = email.TemporaryPassword });

        Assert.Equal((401, "invalid_credentials"), (expired.Status, expired.String("code")));
    }
}
