using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The password-changed and e-mail-changed notices, queued here as the account flows queue them,
/// and delivered once per delivery id however often they are handled.
/// </summary>
public sealed class NoticeDeliveryTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [InlineData(PasswordChangedReasons.FirstConnection, "Votre première connexion au Merchant Back Office est terminée")]
    [InlineData(PasswordChangedReasons.PasswordExpired, "Votre mot de passe Merchant Back Office a été renouvelé")]
    public async Task Password_changed_notice_reaches_the_user(string reason, string subject)
    {
        var (companyId, userId) = await FindAsync(DupontClerk);
        var before = _host.Outbox.EmailsTo(DupontClerkEmail).Count;

        await EnqueueAsync(new DeliveryMessage(DeliveryKind.PasswordChanged, Identifiers.New(), companyId, userId, null) { Reason = reason });
        var email = await _host.Outbox.WaitForEmailAsync(DupontClerkEmail, before + 1);

        Assert.Equal(subject, email.Subject);
        Assert.Contains("Marc Leroy", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(DupontSecurityCode, email.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_changed_notice_to_former_address()
    {
        var (companyId, userId) = await FindAsync(SurfClerk);

        await EnqueueAsync(new DeliveryMessage(DeliveryKind.EmailChanged, Identifiers.New(), companyId, userId, null) { FormerEmail = "emma.former@atlantic-surf.example" });
        var email = await _host.Outbox.WaitForEmailAsync("emma.former@atlantic-surf.example");

        Assert.Equal("The e-mail address of your Merchant Back Office account changed", email.Subject);
        Assert.Contains("Hello Emma Brown", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_notice_sends_once()
    {
        var (companyId, userId) = await FindAsync(SurfStockKeeper);
        var deliveryId = Identifiers.New();
        var message = new DeliveryMessage(DeliveryKind.EmailChanged, deliveryId, companyId, userId, null) { FormerEmail = "lucas.former@atlantic-surf.example" };

        await Task.WhenAll(EnqueueAsync(message), EnqueueAsync(message));
        await _host.Outbox.WaitForEmailAsync("lucas.former@atlantic-surf.example");
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);

        Assert.Single(_host.Outbox.EmailsTo("lucas.former@atlantic-surf.example"));
        var events = await ScenarioSteps.LoadEventsAsync(_host, userId);
        var sent = Assert.Single(events, item => item.Type == AccountEventTypes.NotificationSent && item.Details["deliveryId"] == deliveryId);
        Assert.Equal("emailChanged", sent.Details["notice"]);
    }

    private async Task<(string CompanyId, string UserId)> FindAsync(string login)
    {
        var support = await _host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, support, login);
        var user = await ScenarioSteps.LoadUserAsync(_host, userId);
        return (user.CompanyId, userId);
    }

    private Task EnqueueAsync(DeliveryMessage message) =>
        _host.Services.GetRequiredService<IDeliveryQueue>().EnqueueAsync(message, CancellationToken.None);
}
