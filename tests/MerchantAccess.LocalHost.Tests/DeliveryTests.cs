using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>The queue-triggered delivery: at least once without harm, and failures visible.</summary>
public sealed class DeliveryTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Same_message_twice_sends_one_email()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontClerk);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        await _host.Outbox.WaitForCredentialsAsync(DupontClerkEmail);
        var account = await LoadAsync(userId);

        var queue = _host.Services.GetRequiredService<IDeliveryQueue>();
        await queue.EnqueueAsync(new DeliveryMessage(DeliveryKind.Credentials, account.Delivery!.DeliveryId, account.CompanyId, account.Id, account.Reset!.Id), CancellationToken.None);
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);

        Assert.Single(_host.Outbox.CredentialsTo(DupontClerkEmail));
        Assert.Equal(DeliveryState.Sent, (await LoadAsync(userId)).Delivery!.State);
    }

    [Fact]
    public async Task Second_reset_email_is_the_one_that_works()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfStockKeeper);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        var first = await _host.Outbox.WaitForCredentialsAsync(SurfStockKeeperEmail, count: 1);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        var second = await _host.Outbox.WaitForCredentialsAsync(SurfStockKeeperEmail, count: 2);

        var withFirst = await client.PostJsonAsync("/api/auth/login", new { login = SurfStockKeeper, password = first.TemporaryPassword });
        var withSecond = await client.PostJsonAsync("/api/auth/login", new { login = SurfStockKeeper, password = second.TemporaryPassword });

        Assert.NotEqual(first.TemporaryPassword, second.TemporaryPassword);
        Assert.Equal(401, withFirst.Status);
        Assert.Equal("securityCodeRequired", withSecond.String("status"));
    }

    [Fact]
    public async Task Message_for_replaced_reset_sends_nothing()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfClerk);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        await _host.Outbox.WaitForCredentialsAsync(SurfClerkEmail, count: 1);
        var replaced = await LoadAsync(userId);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        await _host.Outbox.WaitForCredentialsAsync(SurfClerkEmail, count: 2);

        var queue = _host.Services.GetRequiredService<IDeliveryQueue>();
        await queue.EnqueueAsync(new DeliveryMessage(DeliveryKind.Credentials, "f" + new string('0', 31), replaced.CompanyId, replaced.Id, replaced.Reset!.Id), CancellationToken.None);
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);

        Assert.Equal(2, _host.Outbox.CredentialsTo(SurfClerkEmail).Count);
    }

    [Fact]
    public async Task Same_sms_message_twice_sends_one_sms()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAccountant);
        await ScenarioSteps.SendSecurityCodeSmsAsync(client, admin, userId, new { phoneNumber = "06 12 34 56 31" });
        var sms = await _host.Outbox.WaitForSmsAsync("+33612345631");
        var account = await ScenarioSteps.WaitForDeliveryStateAsync(_host, userId, DeliveryState.Sent);

        var queue = _host.Services.GetRequiredService<IDeliveryQueue>();
        var again = new DeliveryMessage(DeliveryKind.SecurityCodeSms, sms.DeliveryId, account.CompanyId, account.Id, null) { PhoneNumber = "+33612345631" };
        await queue.EnqueueAsync(again, CancellationToken.None);
        await WaitForEmptyQueueAsync();

        Assert.Single(_host.Outbox.SmsTo("+33612345631"));
        var events = await ScenarioSteps.LoadEventsAsync(_host, userId);
        Assert.Single(events, item => item.Type == "securityCodeSmsSent" && item.Details["deliveryId"] == sms.DeliveryId);
    }

    private async Task<UserAccount> LoadAsync(string userId)
    {
        var store = _host.Services.GetRequiredService<IAccountStore>();
        var companyId = await store.FindCompanyOfUserAsync(userId, CancellationToken.None);
        return (await store.LoadAsync(companyId!, userId, CancellationToken.None))!.User;
    }

    private Task WaitForEmptyQueueAsync() => ScenarioSteps.WaitForEmptyQueueAsync(_host);
}
