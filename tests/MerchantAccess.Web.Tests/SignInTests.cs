using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>The sign-in page: keyboard use, errors from the API in the page's language, the language switch and the forgotten-password link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Keyboard_alone_signs_in()
    {
        var texts = PageTexts.French;
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/");
        var page = session.Page;
        await Expect(page.Heading()).ToHaveTextAsync(texts.SignInTitle);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("a", await session.FocusedElementAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("language-switch", await session.FocusedElementAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("login", await session.FocusedElementAsync());
        await page.Keyboard.TypeAsync(DupontClerk);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("password", await session.FocusedElementAsync());
        await page.Keyboard.TypeAsync(DupontClerkPassword);
        await page.Keyboard.PressAsync("Enter");

        await page.ExpectPathAsync("/account");
        await page.ExpectViewAsync(texts.AccountTitle);
        await Expect(page.MainContent()).ToContainTextAsync(DupontClerk);
        Assert.Empty(session.ScriptErrors);
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Wrong_password_shows_api_problem_and_takes_focus(string language)
    {
        var texts = PageTexts.For(language);
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", texts.Language);
        var page = session.Page;

        await page.SignInAsync(texts, SurfClerk, "NotThePassword1");

        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.UnknownCredentialsTitle);
        await Expect(page.GetByLabel(texts.PasswordLabel, new() { Exact = true })).ToHaveValueAsync("");
        await Expect(page.GetByLabel(texts.LoginLabel, new() { Exact = true })).ToHaveValueAsync(SurfClerk);
        await session.ScreenshotAsync($"sign-in-error-{language}");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Empty_form_marks_each_field_with_its_error()
    {
        var texts = PageTexts.French;
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in");
        var page = session.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = texts.SignInButton, Exact = true }).ClickAsync();

        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.ValidationTitle);
        var login = page.GetByLabel(texts.LoginLabel, new() { Exact = true });
        await Expect(login).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#login-error")).ToHaveTextAsync(texts.RequiredField);
        await Expect(login).ToHaveAttributeAsync("aria-describedby", "login-error");
        await Expect(page.GetByLabel(texts.PasswordLabel, new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");

        await page.Problem().GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(login).ToBeFocusedAsync();
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Language_choice_survives_reload()
    {
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in");
        var page = session.Page;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

        await session.SwitchToEnglishAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = PageTexts.English.ForgottenLink }).ClickAsync();
        await page.ReloadAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Heading()).ToHaveTextAsync(PageTexts.English.ForgottenTitle);
        await Expect(page).ToHaveTitleAsync($"{PageTexts.English.ForgottenTitle} – Merchant Back Office");
        var switchToFrench = page.GetByRole(AriaRole.Button, new() { Name = "Français" });
        await Expect(switchToFrench).ToHaveAttributeAsync("lang", "fr");

        await switchToFrench.ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync(PageTexts.French.ForgottenTitle);
        Assert.Empty(session.ScriptErrors);
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Forgotten_password_link_opens_labelled_form(string language)
    {
        var texts = PageTexts.For(language);
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", texts.Language);
        var page = session.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = texts.ForgottenLink }).ClickAsync();

        await page.ExpectPathAsync("/forgotten-password");
        await page.ExpectViewAsync(texts.ForgottenTitle);
        await Expect(page.GetByLabel(texts.LoginLabel, new() { Exact = true })).ToBeEditableAsync();
        await Expect(page.GetByLabel(texts.EmailLabel, new() { Exact = true })).ToHaveAttributeAsync("type", "email");
        await session.ScreenshotAsync($"forgotten-password-{language}");
        Assert.Empty(session.ScriptErrors);
    }
}
