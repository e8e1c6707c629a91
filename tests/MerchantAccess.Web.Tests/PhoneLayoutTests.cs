using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>Every page on a phone-sized screen: nothing scrolls sideways, and each page is kept as a screenshot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;
    private readonly PageTexts _texts = PageTexts.French;

    [Fact]
    public async Task Sign_in_and_reset_pages_fit_phone_screen()
    {
        await using (var admin = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/forgotten-password", viewport: BrowserSession.Phone))
        {
            var page = admin.Page;
            await ExpectFitsAsync(admin, "forgotten-password-fr");
            await admin.GotoAsync("/sign-in");
            await ExpectFitsAsync(admin, "sign-in-fr");

            await page.SignInAsync(_texts, SurfAdmin, SurfAdminPassword);
            await page.ExpectViewAsync(_texts.UsersTitle);
            await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(3);
            await ExpectFitsAsync(admin, "users-fr");

            var row = page.Locator("table tbody tr").Filter(new() { HasText = SurfClerk });
            await row.GetByRole(AriaRole.Button, new() { Name = _texts.ResetButton }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            await ExpectFitsAsync(admin, "reset-dialog-fr");
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = _texts.DialogConfirm, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(_texts.ResetTitle);
            await ExpectFitsAsync(admin, "reset-result-fr");
            Assert.Empty(admin.ScriptErrors);
        }

        var email = await _host.Outbox.WaitForCredentialsAsync(SurfClerkEmail);
        await using (var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", viewport: BrowserSession.Phone))
        {
            var page = user.Page;
            await page.SignInAsync(_texts, SurfClerk, email.TemporaryPassword);
            await page.ExpectViewAsync(_texts.SecurityCodeTitle);
            await ExpectFitsAsync(user, "security-code-fr");
            await page.SubmitSecurityCodeAsync(_texts, SurfSecurityCode);
            await page.ExpectViewAsync(_texts.NewPasswordTitle);
            await page.GetByLabel(_texts.NewPasswordLabel, new() { Exact = true }).FillAsync("abc");
            await ExpectFitsAsync(user, "new-password-fr");
            await page.SubmitNewPasswordAsync(_texts, "Vague2027Longue");
            await page.ExpectViewAsync(_texts.AccountTitle);
            await ExpectFitsAsync(user, "account-fr");
            Assert.Empty(user.ScriptErrors);
        }

        var locked = await PageSteps.ResetThroughApiAsync(_host, SurfAdmin, SurfAdminPassword, SurfStockKeeper, SurfStockKeeperEmail);
        await using (var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", viewport: BrowserSession.Phone))
        {
            var page = user.Page;
            await page.SignInAsync(_texts, SurfStockKeeper, locked.TemporaryPassword);
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await page.SubmitSecurityCodeAsync(_texts, "WRONG" + attempt);
            }

            await page.ExpectViewAsync(_texts.LockedTitle);
            await ExpectFitsAsync(user, "locked-fr");
            Assert.Empty(user.ScriptErrors);
        }
    }

    [Fact]
    public async Task Administration_pages_fit_phone_screen()
    {
        await PageSteps.LockThroughApiAsync(_host, DupontAdmin, DupontAdminPassword, DupontAccountant, DupontAccountantEmail);

        await using (var support = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", viewport: BrowserSession.Phone))
        {
            var page = support.Page;
            await page.SignInAsync(_texts, SupportAgent, SupportAgentPassword);
            await page.ExpectViewAsync(_texts.UsersTitle);
            await Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
            await ExpectFitsAsync(support, "users-support-fr");

            await page.OpenUserPageAsync(_texts, DupontAccountant);
            await ExpectFitsAsync(support, "user-detail-support-fr");
            await page.GetByRole(AriaRole.Button, new() { Name = _texts.UnlockButton, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            await ExpectFitsAsync(support, "unlock-dialog-fr");
            await page.DialogButton(_texts.DialogCancel).ClickAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = _texts.EventsLink, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(_texts.EventsTitle);
            await Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
            await ExpectFitsAsync(support, "user-events-fr");

            await page.GetByRole(AriaRole.Link, new() { Name = _texts.BackToUser, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = _texts.EditLink, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(_texts.EditTitle);
            await ExpectFitsAsync(support, "user-edit-fr");

            await page.GoBackAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = _texts.CreateInCompanyLink, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(_texts.CreateUserLink);
            await Expect(page.Locator(".company-name")).ToHaveTextAsync("Boulangerie Dupont");
            await ExpectFitsAsync(support, "user-new-fr");
            await page.GetByLabel(_texts.FirstNameLabel, new() { Exact = true }).FillAsync("Zoé");
            await page.GetByLabel(_texts.LastNameLabel, new() { Exact = true }).FillAsync("Lambert");
            await page.GetByLabel(_texts.EmailLabel, new() { Exact = true }).FillAsync("zoe.lambert@boulangerie-dupont.example");
            await page.GetByRole(AriaRole.Button, new() { Name = _texts.CreateUserButton, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(_texts.CreatedTitle);
            await Expect(page.Locator("#created-login")).ToHaveTextAsync("zoe.lambert");
            await ExpectFitsAsync(support, "user-created-fr");
            Assert.Empty(support.ScriptErrors);
        }

        await using (var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", viewport: BrowserSession.Phone))
        {
            var page = user.Page;
            await page.SignInAsync(_texts, DupontClerk, DupontClerkPassword);
            await page.ExpectViewAsync(_texts.AccountTitle);
            await ExpectFitsAsync(user, "account-profile-fr");
            await page.GetByRole(AriaRole.Link, new() { Name = _texts.ChangePasswordLink, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(_texts.ChangePasswordLink);
            await page.GetByLabel(_texts.NewPasswordLabel, new() { Exact = true }).FillAsync("abc");
            await ExpectFitsAsync(user, "account-password-fr");
            Assert.Empty(user.ScriptErrors);
        }
    }

    private static async Task ExpectFitsAsync(BrowserSession session, string screenshot)
    {
        await session.ScreenshotAsync(screenshot);
        Assert.True(await session.HorizontalOverflowAsync() <= 0, $"The page {screenshot} is wider than the phone's screen by {await session.HorizontalOverflowAsync()} px.");
    }
}
