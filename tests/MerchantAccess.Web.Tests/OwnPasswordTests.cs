using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// A signed-in user changes their own password from their account page. A wrong current password
/// is shown on its field. After the change every session has ended, so the user signs in again
/// with the new password. Signing out ends the session on the server.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OwnPasswordTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [InlineData("fr", DupontClerk, DupontClerkPassword, "Pain2027Complet")]
    [InlineData("en", SurfClerk, SurfClerkPassword, "Board2027Shaper")]
    public async Task User_changes_password_and_signs_in_again(string language, string login, string password, string newPassword)
    {
        var texts = PageTexts.For(language);
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language);
        var page = session.Page;
        await page.SignInAsync(texts, login, password);
        await page.ExpectViewAsync(texts.AccountTitle);
        await Expect(page.Locator("#account-rights")).ToHaveTextAsync(texts.NoAdministrationRights);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = texts.UsersTitle, Exact = true })).ToHaveCountAsync(0);
        await session.ScreenshotAsync($"account-profile-{language}");

        await page.GetByRole(AriaRole.Link, new() { Name = texts.ChangePasswordLink, Exact = true }).ClickAsync();
        await page.ExpectPathAsync("/account/password");
        await page.ExpectViewAsync(texts.ChangePasswordLink);
        var current = page.GetByLabel(texts.CurrentPasswordLabel, new() { Exact = true });
        var fresh = page.GetByLabel(texts.NewPasswordLabel, new() { Exact = true });

        // The policy hints follow the typing, as on the first connection.
        await fresh.PressSequentiallyAsync("abc");
        await Expect(page.PasswordRule("minimumLength")).ToHaveAttributeAsync("data-state", "unmet");
        await Expect(page.PasswordRule("lettersAndDigits")).ToHaveAttributeAsync("data-state", "unmet");
        await fresh.PressSequentiallyAsync("defghijkl1");
        await Expect(page.PasswordRule("minimumLength")).ToHaveAttributeAsync("data-state", "met");
        await Expect(page.PasswordRule("lettersAndDigits")).ToHaveAttributeAsync("data-state", "met");
        await Expect(page.PasswordRule("notRecent")).ToContainTextAsync(texts.RuleCheckedOnSubmit);
        await Expect(page.PasswordRule("notTemporary")).ToHaveCountAsync(0);
        await session.ScreenshotAsync($"account-password-{language}");

        // A wrong current password is named on its field, and the focus goes to the error summary.
        await current.FillAsync("Wrong2026Password");
        await page.SubmitNewPasswordAsync(texts, newPassword, texts.ChangePasswordButton);
        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.UnknownCredentialsTitle);
        await Expect(current).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(current).ToHaveValueAsync("");
        await session.ScreenshotAsync($"account-password-error-{language}");
        await page.Problem().GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(current).ToBeFocusedAsync();

        await current.FillAsync(password);
        await page.SubmitNewPasswordAsync(texts, newPassword, texts.ChangePasswordButton);

        await page.ExpectPathAsync("/sign-in");
        await page.ExpectViewAsync(texts.SignInTitle);
        await Expect(page.MainContent().GetByText(texts.PasswordChanged)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.SignOut })).ToHaveCountAsync(0);
        await page.SignInAsync(texts, login, newPassword);
        await page.ExpectViewAsync(texts.AccountTitle);
        var old = await _host.Client.PostJsonAsync("/api/auth/login", new { login, password });
        Assert.Equal(401, old.Status);
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Sign_out_ends_session_on_server()
    {
        var texts = PageTexts.French;
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in");
        var page = session.Page;
        await page.SignInAsync(texts, DupontAccountant, DupontAccountantPassword);
        await page.ExpectViewAsync(texts.AccountTitle);

        var logout = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = texts.SignOut, Exact = true }).ClickAsync(),
            response => response.Url.EndsWith("/api/auth/logout", StringComparison.Ordinal));

        Assert.Equal(204, logout.Status);
        await page.ExpectViewAsync(texts.SignInTitle);
        await Expect(page.MainContent().GetByText(texts.SignedOut)).ToBeVisibleAsync();
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, DupontAccountant);
        Assert.Equal("signedOut", (await ScenarioSteps.EventTypesAsync(_host.Client, admin, userId))[0]);
        Assert.Empty(session.ScriptErrors);
    }
}
