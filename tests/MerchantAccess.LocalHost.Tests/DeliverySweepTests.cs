using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;
using Microsoft.Extensions.Time.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// A reset or SMS request whose queue message could not be written: the account shows a queued
/// delivery, and the delivery sweep queues the credentials e-mail again or marks the SMS failed.
/// </summary>
public sealed class DeliverySweepTests
{
    private const string SweepPath = "/admin/functions/DeliverySweep";

    [Fact]
    public async Task Lost_credentials_email_is_sent_by_sweep()
    {
        var (host, time, queueWrites) = await StartAsync();
        await using var _ = host;
        var (admin, userId) = await SignInAndFindClerkAsync(host);

        queueWrites.Enabled = true;
        var reset = await ScenarioSteps.ResetAsync(host.Client, admin, userId);
        queueWrites.Enabled = false;
        var queued = await host.Client.GetJsonAsync($"/api/users/{userId}", admin);
        var early = await host.Client.PostAsync(SweepPath, null);
        var emailsBeforeSweep = host.Outbox.CredentialsTo(DupontClerkEmail).Count;
        time.Advance(DeliverySweepService.RequeueAfter + TimeSpan.FromMinutes(1));
        var sweep = await host.Client.PostAsync(SweepPath, null);
        var token = await ScenarioSteps.CompleteFirstConnectionAsync(host, DupontClerk, DupontClerkEmail, DupontSecurityCode, "Levain2026Nouveau");
        var sent = await ScenarioSteps.WaitForDeliveryStateAsync(host, userId, DeliveryState.Sent);

        Assert.Equal(503, reset.Status);
        Assert.Equal("queued", queued.Json!["deliveryStatus"]!["status"]!.GetValue<string>());
        Assert.Equal(202, (int)early.StatusCode);
        Assert.Equal(0, emailsBeforeSweep);
        Assert.Equal(202, (int)sweep.StatusCode);
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal("email", sent.Delivery!.Channel);
        Assert.Single(host.Logs.Entries, entry => entry.EventId == LogEventIds.DeliveryRequeued && entry.Message.Contains(userId, StringComparison.Ordinal));
        Assert.Single(host.Outbox.CredentialsTo(DupontClerkEmail));
    }

    [Fact]
    public async Task Lost_sms_is_marked_failed_by_sweep()
    {
        var (host, time, queueWrites) = await StartAsync();
        await using var _ = host;
        var (admin, userId) = await SignInAndFindClerkAsync(host);

        queueWrites.Enabled = true;
        var request = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, userId, new { phoneNumber = "06 12 34 56 01" });
        queueWrites.Enabled = false;
        time.Advance(DeliverySweepService.RequeueAfter + TimeSpan.FromMinutes(1));
        var sweep = await host.Client.PostAsync(SweepPath, null);
        var failed = await ScenarioSteps.WaitForDeliveryStateAsync(host, userId, DeliveryState.Failed);
        var events = await ScenarioSteps.EventTypesAsync(host.Client, admin, userId);
        var detail = await host.Client.GetJsonAsync($"/api/users/{userId}", admin);

        Assert.Equal(503, request.Status);
        Assert.Equal(202, (int)sweep.StatusCode);
        Assert.Equal("sms", failed.Delivery!.Channel);
        Assert.Equal("securityCodeSmsDeliveryFailed", events[0]);
        Assert.Equal("failed", detail.Json!["deliveryStatus"]!["status"]!.GetValue<string>());
        Assert.Empty(host.Outbox.SmsTo("+33612345601"));
        Assert.Single(host.Logs.Entries, entry => entry.EventId == LogEventIds.DeliveryAbandoned);
    }

    private static async Task<(string AdminToken, string UserId)> SignInAndFindClerkAsync(LocalHostInstance host)
    {
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        return (admin, await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontClerk));
    }

    /// <summary>
    /// Starts a host on a fake clock whose queue writes can be made to fail: while the returned
    /// policy is enabled, every attempt to put a message on a queue gets a 503 response.
    /// </summary>
    private static async Task<(LocalHostInstance Host, FakeTimeProvider Time, StorageFaultPolicy QueueWrites)> StartAsync()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var queueWrites = new StorageFaultPolicy(seed: 1)
        {
            Rate = 1,
            MaxFaultsPerRequest = StorageClients.MaxRetries + 1,
            Faults = [StorageFault.Unavailable],
            Applies = request => StorageRequestClassifier.Classify(request) == "queue send",
        };
        var host = await LocalHostInstance.StartAsync(
            services: services => StorageClients.Use(services, Azurite.ConnectionString, TimeSpan.FromSeconds(10), queueWrites),
            time: time);
        return (host, time, queueWrites);
    }
}
