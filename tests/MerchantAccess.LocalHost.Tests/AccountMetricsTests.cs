using System.Diagnostics.Metrics;
using MerchantAccess.Infrastructure.Telemetry;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The counters an operator watches move with what users do over HTTP: a reset and its e-mail,
/// a lock by wrong security codes, and an unlock by a reset of a password-locked account.
/// </summary>
public sealed class AccountMetricsTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Reset_delivery_and_code_lock_are_counted()
    {
        using var metrics = new MetricRecorder(_host.Services.GetRequiredService<IMeterFactory>(), AccountEventMetrics.MeterName);
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfClerk);

        await ScenarioSteps.ResetAsync(client, admin, userId);
        var email = await _host.Outbox.WaitForCredentialsAsync(SurfClerkEmail);
        await WaitForCountAsync(metrics, AccountEventMetrics.DeliveriesName, 1);
        var challenge = await ScenarioSteps.StartFirstConnectionAsync(client, SurfClerk, email.TemporaryPassword);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "ZZ0000ZZ" });
        }

        Assert.Equal(1, metrics.Total(AccountEventMetrics.PasswordResetsName, ("actor_role", "merchant")));
        Assert.Equal(1, metrics.Total(AccountEventMetrics.DeliveriesName, ("outcome", "sent"), ("channel", "email")));
        Assert.Equal(1, metrics.Total(AccountEventMetrics.AccountLocksName, ("lock_kind", "securityCode")));
        Assert.Equal(0, metrics.Total(AccountEventMetrics.AccountUnlocksName));
    }

    [Fact]
    public async Task Reset_of_password_lock_counts_unlock()
    {
        using var metrics = new MetricRecorder(_host.Services.GetRequiredService<IMeterFactory>(), AccountEventMetrics.MeterName);
        var client = _host.Client;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = "NotHerPassword2026" });
        }

        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAccountant);
        var reset = await ScenarioSteps.ResetAsync(client, admin, userId);

        Assert.Equal(200, reset.Status);
        Assert.Equal(1, metrics.Total(AccountEventMetrics.AccountLocksName, ("lock_kind", "password")));
        Assert.Equal(1, metrics.Total(AccountEventMetrics.AccountUnlocksName, ("lock_kind", "password"), ("actor_role", "merchant")));
        Assert.Equal(1, metrics.Total(AccountEventMetrics.PasswordResetsName));
    }

    /// <summary>The delivery is recorded just after the e-mail is written, so the count may trail the outbox briefly.</summary>
    private static Task WaitForCountAsync(MetricRecorder metrics, string instrument, long count) =>
        Eventually.UntilAsync(() => metrics.Total(instrument) >= count, () => $"{instrument} counted {metrics.Total(instrument)}, expected {count}.");
}
