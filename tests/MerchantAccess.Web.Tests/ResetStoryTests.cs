using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// The reset story clicked through in a browser, in each language. An administrator resets a
/// password behind a confirmation dialog and copies the company security code. The user then signs
/// in with the e-mailed temporary password, enters the code and sets a new password.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResetStoryTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Reset_story_clicks_through_every_step(string language)
    {
        var texts = PageTexts.For(language);
        var story = Story.For(language);

        await AdministratorResetsAsync(texts, story);
        var email = await _host.Outbox.WaitForCredentialsAsync(story.UserEmail);
        await UserCompletesFirstConnectionAsync(texts, story, email.TemporaryPassword);

        var again = await _host.Client.PostJsonAsync("/api/auth/login", new { login = story.User, password = story.NewPassword });
        Assert.Equal("authenticated", again.String("status"));
    }

    private async Task AdministratorResetsAsync(PageTexts texts, Story story)
    {
        await using var admin = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/", texts.Language);
        var page = admin.Page;

        await Expect(page.Heading()).ToHaveTextAsync(texts.SignInTitle);
        await admin.ScreenshotAsync($"sign-in-{texts.Language}");
        await page.SignInAsync(texts, story.Admin, story.AdminPassword);

        await page.ExpectPathAsync("/users");
        await page.ExpectViewAsync(texts.UsersTitle);
        await page.GetByLabel(texts.SearchLabel, new() { Exact = true }).FillAsync(story.Search);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.SearchButton, Exact = true }).ClickAsync();
        var rows = page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(story.User);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = texts.ResultsTitle })).ToBeFocusedAsync();
        await admin.ScreenshotAsync($"users-{texts.Language}");

        // Escape cancels the dialog, returns the focus to the row's button and resets nothing.
        var resetButton = rows.First.GetByRole(AriaRole.Button, new() { Name = texts.ResetButton });
        await resetButton.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync(story.UserEmail);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = texts.DialogCancel, Exact = true })).ToBeFocusedAsync();
        await admin.ScreenshotAsync($"reset-dialog-{texts.Language}");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(resetButton).ToBeFocusedAsync();
        Assert.Equal("active", await PageSteps.UserStateAsync(_host, story.Admin, story.AdminPassword, story.User));

        await resetButton.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = texts.DialogConfirm, Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/users/[^/]+/reset");
        await page.ExpectViewAsync(texts.ResetTitle);
        await Expect(page.Locator("#security-code")).ToHaveTextAsync(story.SecurityCode);
        await Expect(page.Locator(".reset__message")).ToContainTextAsync(story.UserName);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.CopyButton, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = texts.Copied })).ToBeVisibleAsync();
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(story.SecurityCode, clipboard);
        await admin.ScreenshotAsync($"reset-result-{texts.Language}");

        await page.GetByRole(AriaRole.Button, new() { Name = texts.SignOut, Exact = true }).ClickAsync();
        await page.ExpectViewAsync(texts.SignInTitle);
        await Expect(page.MainContent().GetByText(texts.SignedOut)).ToBeVisibleAsync();
        Assert.Empty(admin.ScriptErrors);
    }

    private async Task UserCompletesFirstConnectionAsync(PageTexts texts, Story story, string temporaryPassword)
    {
        await using var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/", texts.Language);
        var page = user.Page;

        await page.SignInAsync(texts, story.User, temporaryPassword);
        await page.ExpectPathAsync("/first-connection/security-code");
        await page.ExpectViewAsync(texts.SecurityCodeTitle);
        await Expect(page.Locator("#attempts-remaining")).ToHaveTextAsync(texts.AttemptsRemaining(3));
        await user.ScreenshotAsync($"security-code-{texts.Language}");
        await page.SubmitSecurityCodeAsync(texts, story.SecurityCode);

        await page.ExpectPathAsync("/first-connection/new-password");
        await page.ExpectViewAsync(texts.NewPasswordTitle);
        await ExpectPolicyHintsFollowTypingAsync(page, texts, story, temporaryPassword);
        await user.ScreenshotAsync($"new-password-{texts.Language}");

        // A recent password passes every rule the browser checks; the API rejects it by name.
        await page.SubmitNewPasswordAsync(texts, story.PreviousPassword);
        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem()).ToContainTextAsync(texts.PolicyTitle);
        await Expect(page.Problem()).ToContainTextAsync(texts.NotRecentRule);
        await Expect(page.PasswordRule("notRecent")).ToHaveAttributeAsync("data-state", "unmet");
        await user.ScreenshotAsync($"new-password-rejected-{texts.Language}");

        await page.SubmitNewPasswordAsync(texts, story.NewPassword);
        await page.ExpectPathAsync("/account");
        await page.ExpectViewAsync(texts.AccountTitle);
        await Expect(page.MainContent().GetByText(texts.PasswordSet)).ToBeVisibleAsync();
        await user.ScreenshotAsync($"account-{texts.Language}");
        Assert.Empty(user.ScriptErrors);
    }

    private static async Task ExpectPolicyHintsFollowTypingAsync(IPage page, PageTexts texts, Story story, string temporaryPassword)
    {
        var password = page.GetByLabel(texts.NewPasswordLabel, new() { Exact = true });

        await password.PressSequentiallyAsync("abc");
        await Expect(page.PasswordRule("minimumLength")).ToHaveAttributeAsync("data-state", "unmet");
        await Expect(page.PasswordRule("minimumLength")).ToContainTextAsync(texts.RuleUnmet);
        await Expect(page.PasswordRule("lettersAndDigits")).ToHaveAttributeAsync("data-state", "unmet");

        await password.PressSequentiallyAsync("defghijkl1");
        await Expect(page.PasswordRule("minimumLength")).ToHaveAttributeAsync("data-state", "met");
        await Expect(page.PasswordRule("minimumLength")).ToContainTextAsync(texts.RuleMet);
        await Expect(page.PasswordRule("lettersAndDigits")).ToHaveAttributeAsync("data-state", "met");

        await password.FillAsync(story.User.ToUpperInvariant());
        await Expect(page.PasswordRule("notLogin")).ToHaveAttributeAsync("data-state", "unmet");

        await password.FillAsync(temporaryPassword);
        await Expect(page.PasswordRule("notTemporary")).ToHaveAttributeAsync("data-state", "unmet");
        await Expect(page.PasswordRule("notLogin")).ToHaveAttributeAsync("data-state", "met");

        await password.FillAsync("");
        await password.PressSequentiallyAsync(story.NewPassword);
        foreach (var rule in new[] { "minimumLength", "lettersAndDigits", "notLogin", "notTemporary" })
        {
            await Expect(page.PasswordRule(rule)).ToHaveAttributeAsync("data-state", "met");
        }

        await Expect(page.PasswordRule("notRecent")).ToHaveAttributeAsync("data-state", "server");
        await Expect(page.PasswordRule("notRecent")).ToContainTextAsync(texts.RuleCheckedOnSubmit);
    }

    /// <summary>Who takes part in the story of one language: the French bakery, or the English-speaking surf shop.</summary>
    private sealed record Story(string Admin, string AdminPassword, string Search, string User, string UserName, string UserEmail, string SecurityCode, string PreviousPassword, string NewPassword)
    {
        public static Story For(string language) => language == "fr"
            ? new(DupontAdmin, DupontAdminPassword, "leroy", DupontClerk, "Marc Leroy", DupontClerkEmail, DupontSecurityCode, DupontClerkPassword, "Pain2027Complet")
            : new(SurfAdmin, SurfAdminPassword, "brown", SurfClerk, "Emma Brown", SurfClerkEmail, SurfSecurityCode, SurfClerkPassword, "Surfboard2027Wax");
    }
}
