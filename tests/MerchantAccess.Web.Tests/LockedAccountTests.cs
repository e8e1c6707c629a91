using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>Three wrong company security codes in the browser lock the account and show the support contact.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LockedAccountTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Third_wrong_code_shows_locked_page_with_support_contact(string language)
    {
        var texts = PageTexts.For(language);
        var email = language == "fr"
            ? await PageSteps.ResetThroughApiAsync(_host, DupontAdmin, DupontAdminPassword, DupontAccountant, DupontAccountantEmail)
            : await PageSteps.ResetThroughApiAsync(_host, SurfAdmin, SurfAdminPassword, SurfStockKeeper, SurfStockKeeperEmail);
        var login = language == "fr" ? DupontAccountant : SurfStockKeeper;
        await using var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", texts.Language);
        var page = user.Page;

        await page.SignInAsync(texts, login, email.TemporaryPassword);
        await page.ExpectViewAsync(texts.SecurityCodeTitle);

        foreach (var remaining in new[] { 2, 1 })
        {
            await page.SubmitSecurityCodeAsync(texts, "WRONG" + remaining);

            await Expect(page.Problem()).ToBeFocusedAsync();
            await Expect(page.Problem()).ToHaveTextAsync(texts.WrongCodeTitle + texts.WrongCodeDetail(remaining));
            await Expect(page.Locator("#attempts-remaining")).ToHaveTextAsync(texts.AttemptsRemaining(remaining));
            await Expect(page.GetByLabel(texts.SecurityCodeLabel, new() { Exact = true })).ToHaveValueAsync("");
        }

        await user.ScreenshotAsync($"security-code-wrong-{language}");
        await page.SubmitSecurityCodeAsync(texts, "WRONG0");

        await page.ExpectPathAsync("/locked");
        await page.ExpectViewAsync(texts.LockedTitle);
        await Expect(page.MainContent().Locator(".problem__title")).ToHaveTextAsync(texts.LockedTitle);
        await Expect(page.MainContent().Locator(".problem__detail")).ToContainTextAsync(TestSettings.SupportPhone);
        var phone = page.Locator("#support-phone");
        await Expect(phone).ToHaveTextAsync(TestSettings.SupportPhone);
        await Expect(phone).ToHaveAttributeAsync("href", "tel:+33170000000");
        var supportEmail = page.Locator("#support-email");
        await Expect(supportEmail).ToHaveTextAsync(TestSettings.SupportEmail);
        await Expect(supportEmail).ToHaveAttributeAsync("href", "mailto:" + TestSettings.SupportEmail);
        await user.ScreenshotAsync($"locked-{language}");
        Assert.Empty(user.ScriptErrors);
    }
}
