using System.Text.RegularExpressions;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Infrastructure.Notifications.Acs;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// Delivery through the Communication Services transports, end to end: the local host signs its
/// requests with the access key of a stub resource on 127.0.0.1.
/// </summary>
public sealed partial class AcsDeliveryTests : IAsyncLifetime
{
    private AcsStub _stub = null!;
    private LocalHostInstance _host = null!;

    public async Task InitializeAsync()
    {
        _stub = await AcsStub.StartAsync();
        _host = await StartHostAsync(smsSender: "+33700000001");
    }

    /// <summary>Starts a host on the stub resource; an empty <paramref name="smsSender"/> is a resource without a number yet.</summary>
    private Task<LocalHostInstance> StartHostAsync(string smsSender) =>
        LocalHostInstance.StartAsync(
            settings =>
            {
                settings["MerchantAccess:Delivery:Transport"] = "acs";
                settings["MerchantAccess:Delivery:AcsEndpoint"] = _stub.Endpoint.ToString();
                settings["MerchantAccess:Delivery:AcsAuthentication"] = "accessKey";
                settings["MerchantAccess:Delivery:AcsAccessKey"] = _stub.AccessKey;
                settings["MerchantAccess:Delivery:SenderAddress"] = "DoNotReply@merchantaccess.example";
                settings["MerchantAccess:Delivery:SmsSender"] = smsSender;
            },
            services => services.Configure<AcsClientOptions>(options =>
            {
                options.Transport = _stub.CreateTransport();
                options.Retry.Delay = TimeSpan.FromMilliseconds(20);
                options.EmailPollingInterval = TimeSpan.FromMilliseconds(20);
            }));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _stub.DisposeAsync();
    }

    [Fact]
    public async Task Reset_email_carries_a_password_that_works()
    {
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, DupontClerk);

        await ScenarioSteps.ResetAsync(_host.Client, admin, userId);
        var account = await ScenarioSteps.WaitForDeliveryStateAsync(_host, userId, DeliveryState.Sent);
        var email = Assert.Single(_stub.Emails).Value;
        var password = PasswordPattern().Match(email["content"]!["plainText"]!.GetValue<string>()).Groups[1].Value;
        var signIn = await _host.Client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password });

        Assert.Equal(DupontClerkEmail, email["recipients"]!["to"]![0]!["address"]!.GetValue<string>());
        Assert.Equal("securityCodeRequired", signIn.String("status"));
        Assert.Equal(AcsPipeline.OperationGuid(account.Delivery!.DeliveryId), Assert.Single(_stub.Emails).Key);
        Assert.Empty(_stub.Violations);
        Assert.All(_stub.Requests, request => Assert.Equal("hmac", request.AuthMode));
        Assert.Empty(_host.Outbox.Emails());
    }

    [Fact]
    public async Task Security_code_sms_goes_through_the_sms_api()
    {
        var admin = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, SurfClerk);

        var response = await ScenarioSteps.SendSecurityCodeSmsAsync(_host.Client, admin, userId, new { phoneNumber = "+44 7911 123461" });
        await ScenarioSteps.WaitForDeliveryStateAsync(_host, userId, DeliveryState.Sent);

        Assert.Equal(202, response.Status);
        var sms = Assert.Single(_stub.Sms).Value;
        Assert.Equal("+447911123461", sms["smsRecipients"]![0]!["to"]!.GetValue<string>());
        Assert.Contains(SurfSecurityCode, sms["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_stub.Violations);
        Assert.Empty(_host.Outbox.Sms());
    }

    [Fact]
    public async Task Missing_sms_sender_rejects_sms_only()
    {
        await using var host = await StartHostAsync(smsSender: "");
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontAccountant);

        var sms = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, userId, new { phoneNumber = "06 12 34 56 02" });
        var english = await ScenarioSteps.SendSecurityCodeSmsAsync(host.Client, admin, userId, null, language: "en");
        var reset = await ScenarioSteps.ResetAsync(host.Client, admin, userId);
        await ScenarioSteps.WaitForDeliveryStateAsync(host, userId, DeliveryState.Sent);

        Assert.Equal((503, "sms_unavailable"), (sms.Status, sms.String("code")));
        Assert.StartsWith("L'envoi de SMS n'est pas encore configuré", sms.String("detail"), StringComparison.Ordinal);
        Assert.Equal("SMS sending is not set up yet: give the user the company security code another way.", english.String("detail"));
        Assert.Equal(200, reset.Status);
        Assert.Contains(_stub.Emails.Values, email => email["recipients"]!["to"]![0]!["address"]!.GetValue<string>() == DupontAccountantEmail);
        Assert.Equal(0, _stub.CountRequests("POST", "/sms"));
    }

    [Fact]
    public async Task Rejected_recipient_reaches_poison_queue_and_failed_status()
    {
        _stub.RejectedRecipients[SurfStockKeeperEmail] = true;
        var admin = await _host.Client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, SurfStockKeeper);

        await ScenarioSteps.ResetAsync(_host.Client, admin, userId);
        await ScenarioSteps.WaitForPoisonAsync(_host);
        var account = await ScenarioSteps.WaitForDeliveryStateAsync(_host, userId, DeliveryState.Failed);
        var events = await ScenarioSteps.LoadEventsAsync(_host, userId);

        Assert.Equal("email", account.Delivery!.Channel);
        Assert.Equal("credentialsDeliveryFailed", events[0].Type);
        Assert.Equal(5, _stub.CountRequests("POST", "/emails:send"));
        Assert.Empty(_stub.Emails);
    }

    [GeneratedRegex(@"Mot de passe temporaire : ([A-Za-z0-9]+)")]
    private static partial Regex PasswordPattern();
}
