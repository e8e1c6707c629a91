using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// The audit report page before any audit ran, and what an administrator gets: no link to it,
/// and the support-only message when they type its address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnlockAuditAccessTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Report_page_shows_no_report(string language)
    {
        var texts = PageTexts.For(language);
        await using var support = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language);
        var page = support.Page;
        await page.SignInAsync(texts, SupportAgent, SupportAgentPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = texts.AuditLink, Exact = true }).ClickAsync();

        await page.ExpectViewAsync(texts.AuditTitle);
        await Expect(page.Locator("#audit-none")).ToHaveTextAsync(texts.AuditNone);
        await Expect(page.Problem()).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.AuditRunButton, Exact = true })).ToBeEnabledAsync();
        await support.ScreenshotAsync($"audit-report-none-{language}");

        // Another day: a request without a day names the field, and a day without a report shows that none exists.
        var showDay = page.GetByRole(AriaRole.Button, new() { Name = texts.AuditShowDayButton, Exact = true });
        await showDay.ClickAsync();
        await Expect(page.Locator("#audit-day-error")).ToHaveTextAsync(texts.AuditDayRequired);
        await page.GetByLabel(texts.AuditDayLabel, new() { Exact = true }).FillAsync("2020-01-15");
        await showDay.ClickAsync();
        await Expect(page.Locator("#audit-none")).ToHaveTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.AuditNoneForDay, "2020-01-15"));
        await Expect(page.Locator("#audit-day-error")).ToBeHiddenAsync();
        await Expect(page.Problem()).ToHaveCountAsync(0);
        Assert.Empty(support.ScriptErrors);
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Administrator_is_turned_away_from_report(string language)
    {
        var texts = PageTexts.For(language);
        var (login, password) = language == "fr" ? (DupontAdmin, DupontAdminPassword) : (SurfAdmin, SurfAdminPassword);
        await using var admin = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language);
        var page = admin.Page;
        await page.SignInAsync(texts, login, password);
        await page.ExpectViewAsync(texts.UsersTitle);
        await Expect(page.Locator("#app-nav").GetByRole(AriaRole.Link, new() { Name = texts.UsersTitle, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = texts.AuditLink, Exact = true })).ToHaveCountAsync(0);

        // Typing the address reloads the page, which signs the person out. Signing in again leads
        // to the address, which is for support only.
        await admin.GotoAsync("/audit");
        await Expect(page.Heading()).ToHaveTextAsync(texts.SignInTitle);
        await Expect(page.MainContent().GetByText(texts.SignInRequired)).ToBeVisibleAsync();
        await page.SignInAsync(texts, login, password);

        await page.ExpectPathAsync("/users");
        await page.ExpectViewAsync(texts.UsersTitle);
        await Expect(page.MainContent().GetByText(texts.SupportOnly)).ToBeVisibleAsync();
        await admin.ScreenshotAsync($"audit-report-forbidden-{language}");

        // The API rejects the administrator too, in the requested language.
        var token = await _host.Client.SignInAsync(login, password);
        var report = await _host.Client.GetJsonAsync("/api/audit/unlock-reports/latest", token, language);
        Assert.Equal(403, report.Status);
        Assert.Equal("forbidden", report.String("code"));
        Assert.Equal(texts.ForbiddenTitle, report.String("title"));
        Assert.Empty(admin.ScriptErrors);
    }
}
