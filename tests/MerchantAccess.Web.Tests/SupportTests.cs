using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// Merchant support in the browser: the search across companies, the unlock of a code-locked
/// account with a mandatory reason, and granting the manageUsers permission.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SupportTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Support_unlocks_with_reason_and_user_connects(string language)
    {
        var texts = PageTexts.For(language);
        var locked = LockedUser.For(language);
        await PageSteps.LockThroughApiAsync(_host, locked.Admin, locked.AdminPassword, locked.Login, locked.Email);
        var reason = language == "fr" ? "Identité vérifiée par téléphone" : "Identity checked by phone";

        await using (var support = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language))
        {
            var page = support.Page;
            await page.SignInAsync(texts, SupportAgent, SupportAgentPassword);
            await page.ExpectViewAsync(texts.UsersTitle);

            // Support is shown every company, and each user's company.
            await Expect(page.Locator("table thead")).ToContainTextAsync(texts.CompanyColumn);
            await Expect(page.Locator("table tbody tr").Filter(new() { HasText = DupontClerk })).ToContainTextAsync("Boulangerie Dupont");
            await Expect(page.Locator("table tbody tr").Filter(new() { HasText = SurfClerk })).ToContainTextAsync("Atlantic Surf Shop");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = texts.CreateUserLink, Exact = true })).ToHaveCountAsync(0);
            await support.ScreenshotAsync($"users-support-{language}");

            await page.OpenUserPageAsync(texts, locked.Login);
            await Expect(page.Locator("#user-access .state")).ToHaveTextAsync(texts.StateCodeLocked);
            var unlock = page.GetByRole(AriaRole.Button, new() { Name = texts.UnlockButton, Exact = true });
            await unlock.ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            var reasonField = dialog.GetByLabel(texts.UnlockReasonLabel, new() { Exact = true });
            await Expect(dialog).ToContainTextAsync(locked.Email);
            await Expect(reasonField).ToBeFocusedAsync();

            // The reason is mandatory: the dialog stays open with the error, which takes the focus.
            await page.DialogButton(texts.UnlockButton).ClickAsync();
            var problem = dialog.Locator(".problem:not([hidden])");
            await Expect(problem).ToBeFocusedAsync();
            await Expect(problem.Locator(".problem__title")).ToHaveTextAsync(texts.ValidationTitle);
            await Expect(reasonField).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(dialog.Locator("#unlock-reason-error")).ToHaveTextAsync(texts.RequiredField);
            await support.ScreenshotAsync($"unlock-dialog-{language}");
            await problem.GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(reasonField).ToBeFocusedAsync();
            Assert.Equal("codeLocked", await PageSteps.UserStateAsync(_host, locked.Admin, locked.AdminPassword, locked.Login));

            await page.Keyboard.TypeAsync(reason);
            await page.DialogButton(texts.UnlockButton).ClickAsync();

            await page.ExpectPathAsync("/users/[0-9a-f]{32}/unlocked");
            await page.ExpectViewAsync(texts.UnlockedTitle);
            await Expect(page.Locator("#security-code")).ToHaveTextAsync(locked.SecurityCode);
            await Expect(page.Locator(".reset__message")).ToContainTextAsync(locked.Login);
            await support.ScreenshotAsync($"user-unlocked-{language}");
            Assert.Empty(support.ScriptErrors);
        }

        var email = await _host.Outbox.WaitForEmailAsync(locked.Email, 2);
        await using (var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language))
        {
            await user.Page.CompleteFirstConnectionAsync(texts, locked.Login, email.TemporaryPassword, locked.SecurityCode, locked.NewPassword);

            await user.Page.ExpectPathAsync("/account");
            Assert.Empty(user.ScriptErrors);
        }

        var admin = await _host.Client.SignInAsync(locked.Admin, locked.AdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, admin, locked.Login);
        var unlocked = (await ScenarioSteps.AllEventsAsync(_host.Client, admin, userId)).First(item => item["type"]!.GetValue<string>() == "accountUnlocked");
        Assert.Equal(reason, unlocked["reason"]!.GetValue<string>());
        Assert.Equal("support", unlocked["actorRole"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Granted_user_sees_administration_pages(string language)
    {
        var texts = PageTexts.For(language);
        var (login, password) = language == "fr" ? (DupontAccountant, DupontAccountantPassword) : (SurfStockKeeper, SurfStockKeeperPassword);
        await using var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language);
        await user.Page.SignInAsync(texts, login, password);
        await user.Page.ExpectViewAsync(texts.AccountTitle);
        await Expect(user.Page.GetByRole(AriaRole.Link, new() { Name = texts.UsersTitle, Exact = true })).ToHaveCountAsync(0);

        await using (var support = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language))
        {
            var page = support.Page;
            await page.SignInAsync(texts, SupportAgent, SupportAgentPassword);
            await page.OpenUserPageAsync(texts, login);
            var manageUsers = page.GetByLabel(texts.ManageUsersLabel, new() { Exact = true });
            await Expect(manageUsers).Not.ToBeCheckedAsync();

            await manageUsers.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = texts.SavePermissionsButton, Exact = true }).ClickAsync();

            var saved = page.GetByRole(AriaRole.Status).Filter(new() { HasText = texts.PermissionGranted });
            await Expect(saved).ToBeVisibleAsync();
            await Expect(saved).ToBeFocusedAsync();
            await Expect(page.Locator("#user-access")).ToContainTextAsync(texts.ManageUsersPermission);
            await Expect(page.GetByLabel(texts.ManageUsersLabel, new() { Exact = true })).ToBeCheckedAsync();
            await support.ScreenshotAsync($"user-detail-support-{language}");
            Assert.Empty(support.ScriptErrors);
        }

        // The user's next visit to their account reads the profile again and shows the users pages.
        await user.Page.GetByRole(AriaRole.Link, new() { Name = texts.AccountTitle, Exact = true }).ClickAsync();
        await Expect(user.Page.Locator("#account-rights")).ToHaveTextAsync(texts.ManageUsersRights);
        await user.Page.GetByRole(AriaRole.Link, new() { Name = texts.UsersTitle, Exact = true }).ClickAsync();
        await user.Page.ExpectViewAsync(texts.UsersTitle);
        await Expect(user.Page.Locator("table tbody tr").First).ToBeVisibleAsync();
        Assert.Empty(user.ScriptErrors);
    }

    /// <summary>The user that support unlocks in one language.</summary>
    private sealed record LockedUser(string Admin, string AdminPassword, string Login, string Email, string SecurityCode, string NewPassword)
    {
        public static LockedUser For(string language) => language == "fr"
            ? new(DupontAdmin, DupontAdminPassword, DupontClerk, DupontClerkEmail, DupontSecurityCode, "Fougasse2027Olive")
            : new(SurfAdmin, SurfAdminPassword, SurfClerk, SurfClerkEmail, SurfSecurityCode, "Reef2027Break");
    }
}
