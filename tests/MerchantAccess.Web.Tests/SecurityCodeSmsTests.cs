using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// The "send by SMS" form of a reset's result page against the real route. A landline is
/// rejected on its field, and a mobile number is saved on the user and receives the code. A
/// resend uses the saved number, and the per-user limit is shown with the time of the next SMS.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityCodeSmsTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    /// <summary>SMS per user per hour under the default settings.</summary>
    private const int MaxPerUserPerHour = 3;

    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Sms_form_sends_saves_and_stops_at_limit(string language)
    {
        var texts = PageTexts.For(language);
        var target = Target.For(language);
        await using var admin = await OpenResetResultAsync(texts, target.Admin, target.AdminPassword, target.Login);
        var page = admin.Page;

        var phone = page.GetByLabel(texts.SmsPhoneLabel, new() { Exact = true });
        var send = page.GetByRole(AriaRole.Button, new() { Name = texts.SmsSendButton, Exact = true });
        var sent = page.Locator(".sms-panel [role=status]");

        // A landline cannot receive an SMS: the error is on the field, and the summary links to it.
        await phone.FillAsync(target.Landline);
        await send.ClickAsync();
        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.ValidationTitle);
        await Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#sms-phone-error")).ToHaveTextAsync(texts.NotMobile);
        await admin.ScreenshotAsync($"reset-sms-error-{language}");
        await page.Problem().GetByRole(AriaRole.Link).ClickAsync();
        await Expect(phone).ToBeFocusedAsync();

        await phone.FillAsync(target.Mobile);
        await page.GetByLabel(texts.SmsSaveLabel, new() { Exact = true }).CheckAsync();
        await send.ClickAsync();
        await Expect(sent).ToBeFocusedAsync();
        await Expect(sent).ToContainTextAsync(target.MobileInternational);
        await Expect(page.Problem()).ToHaveCountAsync(0);
        await Expect(phone).Not.ToHaveAttributeAsync("aria-invalid", "true");
        var first = await _host.Outbox.WaitForSmsAsync(target.MobileE164);
        Assert.Contains(target.SecurityCode, first.Text, StringComparison.Ordinal);
        Assert.Equal(target.UserLanguage, first.Language);
        await Expect(page.Locator("#sms-phone-hint")).ToContainTextAsync(target.MobileE164);
        await admin.ScreenshotAsync($"reset-sms-sent-{language}");

        // The resend leaves the field empty, so the number saved a moment ago is used.
        await Expect(phone).ToHaveValueAsync("");
        for (var resend = 2; resend <= MaxPerUserPerHour; resend++)
        {
            await send.ClickAsync();
            await _host.Outbox.WaitForSmsAsync(target.MobileE164, resend);
        }

        await send.ClickAsync();
        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.RateLimitedTitle);
        await Expect(page.Problem().Locator(".problem__retry")).ToContainTextAsync(texts.SmsRetryAt);
        await admin.ScreenshotAsync($"reset-sms-limit-{language}");
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);
        Assert.Equal(MaxPerUserPerHour, _host.Outbox.SmsTo(target.MobileE164).Count);

        // The saved number is on the user's page.
        await page.GetByRole(AriaRole.Link, new() { Name = texts.BackToUser, Exact = true }).ClickAsync();
        await page.ExpectViewAsync(texts.UserDetailTitle);
        await Expect(page.Locator("#user-identity")).ToContainTextAsync(target.MobileE164);
        Assert.Empty(admin.ScriptErrors);
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Sms_without_number_asks_for_one(string language)
    {
        var texts = PageTexts.For(language);
        var (adminLogin, adminPassword, login) = language == "fr" ? (DupontAdmin, DupontAdminPassword, DupontClerk) : (SurfAdmin, SurfAdminPassword, SurfStockKeeper);
        await using var admin = await OpenResetResultAsync(texts, adminLogin, adminPassword, login);
        var page = admin.Page;

        var smsBefore = _host.Outbox.Sms().Count;

        await page.GetByRole(AriaRole.Button, new() { Name = texts.SmsSendButton, Exact = true }).ClickAsync();

        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Locator("#sms-phone-error")).ToHaveTextAsync(texts.NoPhoneOnRecord);
        await Expect(page.GetByLabel(texts.SmsPhoneLabel, new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);
        Assert.Equal(smsBefore, _host.Outbox.Sms().Count);
        Assert.Empty(admin.ScriptErrors);
    }

    /// <summary>Signs in as <paramref name="admin"/>, resets <paramref name="login"/> from the user's page and returns the session on the result page.</summary>
    private async Task<BrowserSession> OpenResetResultAsync(PageTexts texts, string admin, string adminPassword, string login)
    {
        var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", texts.Language);
        var page = session.Page;
        await page.SignInAsync(texts, admin, adminPassword);
        await page.OpenUserPageAsync(texts, login);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.ResetButton, Exact = true }).ClickAsync();
        await page.DialogButton(texts.DialogConfirm).ClickAsync();
        await page.ExpectViewAsync(texts.ResetTitle);
        return session;
    }

    /// <summary>The administrator, user and numbers of one language; the SMS is in the user's language.</summary>
    private sealed record Target(string Admin, string AdminPassword, string Login, string UserLanguage, string SecurityCode, string Landline, string Mobile, string MobileE164, string MobileInternational)
    {
        public static Target For(string language) => language == "fr"
            ? new(DupontAdmin, DupontAdminPassword, DupontAccountant, "fr", DupontSecurityCode, "01 23 45 67 89", "06 12 34 56 78", "+33612345678", "+33 6 12 34 56 78")
            : new(SurfAdmin, SurfAdminPassword, SurfClerk, "en", SurfSecurityCode, "+44 20 7946 0958", "+44 7911 123456", "+447911123456", "+44 7911 123456");
    }
}
