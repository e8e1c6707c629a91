using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// The "forgotten password or locked account" page against the real route: the e-mailed
/// identifiers lead to a first connection, and an unknown login, a request over the limit and a
/// matching one all get the same confirmation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForgottenPasswordTests(BrowserFixture browser, ForgottenPasswordTests.Host fixture) : IClassFixture<ForgottenPasswordTests.Host>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Request_leads_to_first_connection(string language)
    {
        var texts = PageTexts.For(language);
        var person = Person.For(language);

        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language);
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = texts.ForgottenLink }).ClickAsync();
        await page.ExpectViewAsync(texts.ForgottenTitle);
        await RequestAsync(page, texts, person.Login, person.Email);

        var confirmation = page.Locator(".notice--visible");
        await Expect(confirmation).ToBeFocusedAsync();
        await Expect(confirmation.GetByRole(AriaRole.Heading)).ToHaveTextAsync(texts.ForgottenSentTitle);
        await Expect(confirmation).ToContainTextAsync(texts.ForgottenSent);
        await session.ScreenshotAsync($"forgotten-password-sent-{language}");

        var email = await _host.Outbox.WaitForCredentialsAsync(person.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = texts.BackToSignIn, Exact = true }).ClickAsync();
        await page.ExpectViewAsync(texts.SignInTitle);
        await page.CompleteFirstConnectionAsync(texts, person.Login, email.TemporaryPassword, person.SecurityCode, person.NewPassword);

        await page.ExpectPathAsync("/account");
        await Expect(page.MainContent()).ToContainTextAsync(person.Login);
        Assert.Empty(session.ScriptErrors);
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Unknown_login_gets_same_confirmation(string language)
    {
        var texts = PageTexts.For(language);
        var unknownEmail = $"nobody-{language}@boulangerie-dupont.example";

        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/forgotten-password", language);
        var page = session.Page;
        await RequestAsync(page, texts, $"nobody.{language}", unknownEmail);

        var confirmation = page.Locator(".notice--visible");
        await Expect(confirmation).ToBeFocusedAsync();
        await Expect(confirmation.GetByRole(AriaRole.Heading)).ToHaveTextAsync(texts.ForgottenSentTitle);
        await Expect(confirmation).ToContainTextAsync(texts.ForgottenSent);
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);
        Assert.Empty(_host.Outbox.EmailsTo(unknownEmail));
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Request_over_login_limit_gets_same_confirmation()
    {
        var texts = PageTexts.French;
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/forgotten-password");
        var page = session.Page;

        for (var request = 1; request <= Host.MaxPerLogin + 1; request++)
        {
            await session.GotoAsync("/forgotten-password");
            await RequestAsync(page, texts, DupontClerk, DupontClerkEmail);
            await Expect(page.Locator(".notice--visible")).ToContainTextAsync(texts.ForgottenSent);
        }

        // Every request within the limit sends identifiers; the one over it sends nothing.
        await _host.Outbox.WaitForCredentialsAsync(DupontClerkEmail, Host.MaxPerLogin);
        await ScenarioSteps.WaitForEmptyQueueAsync(_host);
        Assert.Equal(Host.MaxPerLogin, _host.Outbox.CredentialsTo(DupontClerkEmail).Count);
        Assert.Empty(session.ScriptErrors);
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Field_errors_are_shown_on_their_fields(string language)
    {
        var texts = PageTexts.For(language);
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/forgotten-password", language);
        var page = session.Page;
        var login = page.GetByLabel(texts.LoginLabel, new() { Exact = true });
        var email = page.GetByLabel(texts.EmailLabel, new() { Exact = true });

        await page.GetByRole(AriaRole.Button, new() { Name = texts.ForgottenButton, Exact = true }).ClickAsync();

        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.ValidationTitle);
        await Expect(login).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#login-error")).ToHaveTextAsync(texts.RequiredField);
        await Expect(page.Locator("#email-error")).ToHaveTextAsync(texts.RequiredField);
        await session.ScreenshotAsync($"forgotten-password-errors-{language}");
        await page.Problem().GetByRole(AriaRole.Link).Nth(1).ClickAsync();
        await Expect(email).ToBeFocusedAsync();

        // The API bounds a login to 256 characters and an e-mail address to 254.
        await RequestAsync(page, texts, new string('a', 257), DupontClerkEmail);

        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Locator("#login-error")).ToHaveTextAsync(texts.TooLong(256));
        await Expect(email).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(login).ToHaveValueAsync(new string('a', 257));
        Assert.Empty(session.ScriptErrors);
    }

    private static async Task RequestAsync(IPage page, PageTexts texts, string login, string email)
    {
        await page.GetByLabel(texts.LoginLabel, new() { Exact = true }).FillAsync(login);
        await page.GetByLabel(texts.EmailLabel, new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.ForgottenButton, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// The host of these tests, with a per-login limit low enough to reach in a few requests. The
    /// per-address limit stays at its default (10 a minute), above what the class sends.
    /// </summary>
    public sealed class Host : HostFixture
    {
        public const int MaxPerLogin = 2;

        protected override void Adjust(Dictionary<string, string?> settings) =>
            settings["MerchantAccess:SelfService:MaxPerLoginPerHour"] = MaxPerLogin.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The user who asks for new identifiers in one language.</summary>
    private sealed record Person(string Login, string Email, string SecurityCode, string NewPassword)
    {
        public static Person For(string language) => language == "fr"
            ? new(DupontAccountant, DupontAccountantEmail, DupontSecurityCode, "Brioche2027Beurre")
            : new(SurfStockKeeper, SurfStockKeeperEmail, SurfSecurityCode, "Paddle2027Board");
    }
}
