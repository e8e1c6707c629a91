using System.Globalization;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The limits against SMS pumping, each test on its own host so that no other test's SMS count
/// against them.
/// </summary>
public sealed class SecurityCodeSmsLimitTests
{
    [Fact]
    public async Task Fourth_sms_per_user_is_rejected()
    {
        await using var host = await LocalHostInstance.StartAsync();
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontClerk);

        var statuses = new List<int>();
        for (var i = 1; i <= 3; i++)
        {
            statuses.Add((await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, userId, new { phoneNumber = $"06 12 34 56 1{i}" })).Status);
        }

        var rejected = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, userId, new { phoneNumber = "06 12 34 56 19" }, "en");

        Assert.Equal([202, 202, 202], statuses);
        AssertRateLimited(rejected, TimeSpan.FromHours(1));
        Assert.Equal("Too many requests", rejected.String("title"));
        Assert.Empty(host.Outbox.SmsTo("+33612345619"));
    }

    [Fact]
    public async Task Number_limit_counts_across_users()
    {
        await using var host = await LocalHostInstance.StartAsync(settings => settings["MerchantAccess:Sms:MaxPerNumberPerHour"] = "2");
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var clerk = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontClerk);
        var accountant = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontAccountant);
        var body = new { phoneNumber = "+33 6 12 34 56 20" };

        var first = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, clerk, body);
        var second = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, accountant, body);
        var third = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, accountant, new { phoneNumber = "0612345620" });
        var otherNumber = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, accountant, new { phoneNumber = "0612345621" });

        Assert.Equal((202, 202), (first.Status, second.Status));
        AssertRateLimited(third, TimeSpan.FromHours(1));
        Assert.Equal(202, otherNumber.Status);
    }

    [Fact]
    public async Task Company_limit_counts_across_users()
    {
        await using var host = await LocalHostInstance.StartAsync(settings => settings["MerchantAccess:Sms:MaxPerCompanyPerHour"] = "2");
        var admin = await host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var users = new[] { SurfClerk, SurfStockKeeper, SurfAdmin };

        var statuses = new List<ApiResponse>();
        for (var i = 0; i < users.Length; i++)
        {
            var userId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, users[i]);
            statuses.Add(await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, userId, new { phoneNumber = $"+44 7911 12345{i}" }));
        }

        Assert.Equal([202, 202], statuses.Take(2).Select(response => response.Status));
        AssertRateLimited(statuses[2], TimeSpan.FromHours(1));
    }

    private static void AssertRateLimited(ApiResponse response, TimeSpan window)
    {
        Assert.Equal((429, "rate_limited"), (response.Status, response.String("code")));
        var retryAfter = DateTimeOffset.Parse(response.String("retryAfter")!, CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow + window);
        Assert.InRange(int.Parse(response.Headers["Retry-After"], CultureInfo.InvariantCulture), 50 * 60, (int)window.TotalSeconds);
    }
}
