using System.Text.RegularExpressions;
using MerchantAccess.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>Steps that several browser tests take, written as a person does them: by labels and button names.</summary>
public static class PageSteps
{
    public static ILocator Heading(this IPage page) => page.Locator("h1");

    /// <summary>The page's main content, without the header and the screen-reader announcements.</summary>
    public static ILocator MainContent(this IPage page) => page.Locator("#main");

    /// <summary>Fills the sign-in form and sends it.</summary>
    public static async Task SignInAsync(this IPage page, PageTexts texts, string login, string password)
    {
        await page.GetByLabel(texts.LoginLabel, new() { Exact = true }).FillAsync(login);
        await page.GetByLabel(texts.PasswordLabel, new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.SignInButton, Exact = true }).ClickAsync();
    }

    /// <summary>Checks that the view titled <paramref name="title"/> is shown and that its heading has the focus.</summary>
    public static async Task ExpectViewAsync(this IPage page, string title)
    {
        await Expect(page.Heading()).ToHaveTextAsync(title);
        await Expect(page.Heading()).ToBeFocusedAsync();
    }

    /// <summary>Enters the company security code on the first-connection page and sends it.</summary>
    public static async Task SubmitSecurityCodeAsync(this IPage page, PageTexts texts, string code)
    {
        await page.GetByLabel(texts.SecurityCodeLabel, new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.SecurityCodeButton, Exact = true }).ClickAsync();
    }

    /// <summary>Types a new password and its confirmation, and sends them with <paramref name="button"/> (the first connection's unless given).</summary>
    public static async Task SubmitNewPasswordAsync(this IPage page, PageTexts texts, string password, string? button = null)
    {
        await page.GetByLabel(texts.NewPasswordLabel, new() { Exact = true }).FillAsync(password);
        await page.GetByLabel(texts.ConfirmationLabel, new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = button ?? texts.SavePasswordButton, Exact = true }).ClickAsync();
    }

    /// <summary>The item of the password policy list for <paramref name="rule"/> (minimumLength, lettersAndDigits…).</summary>
    public static ILocator PasswordRule(this IPage page, string rule) => page.Locator($"#password-rules [data-rule='{rule}']");

    /// <summary>The error summary of the view.</summary>
    public static ILocator Problem(this IPage page) => page.Locator(".problem:not([hidden])");

    /// <summary>Checks that the address ends with <paramref name="pattern"/>; on failure, the message gives what the page shows.</summary>
    public static async Task ExpectPathAsync(this IPage page, string pattern)
    {
        ArgumentNullException.ThrowIfNull(page);

        try
        {
            await Expect(page).ToHaveURLAsync(new Regex(pattern + "$"));
        }
        catch (PlaywrightException exception)
        {
            var text = await page.MainContent().InnerTextAsync();
            throw new PlaywrightException($"{exception.Message}\nThe page shows:\n{text}", exception);
        }
    }

    /// <summary>Signs in with a temporary password, enters the company security code and sets a new password.</summary>
    public static async Task CompleteFirstConnectionAsync(this IPage page, PageTexts texts, string login, string temporaryPassword, string securityCode, string newPassword)
    {
        await page.SignInAsync(texts, login, temporaryPassword);
        await page.ExpectViewAsync(texts.SecurityCodeTitle);
        await page.SubmitSecurityCodeAsync(texts, securityCode);
        await page.ExpectViewAsync(texts.NewPasswordTitle);
        await page.SubmitNewPasswordAsync(texts, newPassword);
        await Expect(page.MainContent().GetByText(texts.PasswordSet)).ToBeVisibleAsync();
    }

    /// <summary>Searches <paramref name="login"/> on the users page and opens the user's page from the result.</summary>
    public static async Task OpenUserPageAsync(this IPage page, PageTexts texts, string login)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = texts.UsersTitle, Exact = true }).ClickAsync();
        await page.ExpectViewAsync(texts.UsersTitle);
        await page.GetByLabel(texts.SearchLabel, new() { Exact = true }).FillAsync(login);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.SearchButton, Exact = true }).ClickAsync();

        // The results take the focus once the search has responded. Clicking before that may hit
        // a row of the first list just as the search results replace it.
        await Expect(page.Locator("#results-title")).ToBeFocusedAsync();
        await page.Locator("table tbody").GetByRole(AriaRole.Link, new() { Name = login, Exact = true }).ClickAsync();
        await page.ExpectViewAsync(texts.UserDetailTitle);
        await Expect(page.Locator("#user-identity .user-login")).ToHaveTextAsync(login);
    }

    /// <summary>A button of the open modal dialog.</summary>
    public static ILocator DialogButton(this IPage page, string name) =>
        page.Locator("dialog[open]").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Resets a user's password through the API as an administrator and returns the e-mail the user receives.</summary>
    public static async Task<OutboxEmail> ResetThroughApiAsync(LocalHostInstance host, string admin, string adminPassword, string login, string email)
    {
        ArgumentNullException.ThrowIfNull(host);

        var token = await host.Client.SignInAsync(admin, adminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, token, login);
        var received = host.Outbox.CredentialsTo(email).Count;
        var reset = await ScenarioSteps.ResetAsync(host.Client, token, userId);
        if (reset.Status != 200)
        {
            throw new InvalidOperationException($"The reset of {login} failed: {reset.Status} {reset.Text}");
        }

        return await host.Outbox.WaitForCredentialsAsync(email, received + 1);
    }

    /// <summary>Resets a user through the API and enters three wrong company security codes, leaving the account code locked.</summary>
    public static async Task LockThroughApiAsync(LocalHostInstance host, string admin, string adminPassword, string login, string email)
    {
        ArgumentNullException.ThrowIfNull(host);

        var token = await host.Client.SignInAsync(admin, adminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, token, login);
        await ScenarioSteps.LockWithWrongCodesAsync(host, token, userId, login, email, host.Outbox.CredentialsTo(email).Count + 1);
    }

    /// <summary>The state of a user as the API gives it to an administrator.</summary>
    public static async Task<string> UserStateAsync(LocalHostInstance host, string admin, string adminPassword, string login)
    {
        ArgumentNullException.ThrowIfNull(host);

        var token = await host.Client.SignInAsync(admin, adminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(host.Client, token, login);
        var user = await host.Client.GetJsonAsync($"/api/users/{userId}", token);
        return user.String("state")!;
    }
}
