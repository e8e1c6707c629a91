using MerchantAccess.Domain.Accounts;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>A delivery that keeps failing ends in the poison queue, and the account shows the failure.</summary>
public sealed class DeliveryFailureTests : IAsyncLifetime
{
    private LocalHostInstance? _host;
    private string? _blocker;

    public async Task InitializeAsync()
    {
        // The outbox path runs through a file, so creating the folder fails on every attempt.
        _blocker = Path.Combine(Path.GetTempPath(), TestSettings.UniqueName());
        await File.WriteAllTextAsync(_blocker, "not a folder");
        _host = await LocalHostInstance.StartAsync(settings => settings["MerchantAccess:Delivery:OutboxPath"] = Path.Combine(_blocker, "outbox"));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        File.Delete(_blocker!);
    }

    [Fact]
    public async Task Failing_delivery_reaches_poison_queue_and_failed_status()
    {
        var host = _host!;
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontClerk);
        await ScenarioSteps.ResetAsync(host.Client, admin, userId);

        await ScenarioSteps.WaitForPoisonAsync(host);
        var poison = ScenarioSteps.PoisonQueue(host);

        var store = host.Services.GetRequiredService<IAccountStore>();
        var companyId = await store.FindCompanyOfUserAsync(userId, CancellationToken.None);
        var account = (await store.LoadAsync(companyId!, userId, CancellationToken.None))!.User;
        var events = await store.ListEventsAsync(companyId!, userId, null, 10, CancellationToken.None);
        var attempts = host.Logs.Entries.Count(entry => entry.EventId == 7103);

        Assert.Equal(DeliveryState.Failed, account.Delivery!.State);
        Assert.Equal("credentialsDeliveryFailed", events!.Items[0].Type);
        Assert.Equal(5, attempts);
        Assert.Single((await poison.PeekMessagesAsync(maxMessages: 32)).Value);
    }

    [Fact]
    public async Task Failing_sms_reaches_poison_queue_without_the_code()
    {
        var host = _host!;
        var admin = await host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, SurfClerk);

        var response = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, userId, new { phoneNumber = "+44 7911 123499" });
        var poisoned = await ScenarioSteps.WaitForPoisonAsync(host);
        var account = await ScenarioSteps.WaitForDeliveryStateAsync(host, userId, DeliveryState.Failed);
        var events = await ScenarioSteps.LoadEventsAsync(host, userId);

        Assert.Equal(202, response.Status);
        Assert.Equal("sms", account.Delivery!.Channel);
        Assert.Equal("securityCodeSmsDeliveryFailed", events[0].Type);
        var message = System.Text.Json.Nodes.JsonNode.Parse(poisoned)!;
        Assert.Equal(account.Delivery.DeliveryId, message["deliveryId"]!.GetValue<string>());
        Assert.Equal("+447911123499", message["phoneNumber"]!.GetValue<string>());
        Assert.DoesNotContain(SurfSecurityCode, poisoned, StringComparison.OrdinalIgnoreCase);
    }
}
