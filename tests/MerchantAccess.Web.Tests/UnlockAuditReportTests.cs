using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// The latest unlock audit report for merchant support. Code-locked accounts appear after the
/// scheduled audit runs, the on-demand run from the page adds the day's locks, and the user
/// links open the user's page. One test covers both languages, because the report of one host
/// is shared and each run replaces what the page shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnlockAuditReportTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly LockedUser[] LockedUsers =
    [
        new(DupontAdmin, DupontAdminPassword, DupontClerk, DupontClerkEmail, "Boulangerie Dupont"),
        new(SurfAdmin, SurfAdminPassword, SurfClerk, SurfClerkEmail, "Atlantic Surf Shop"),
    ];

    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Support_sees_locked_accounts_in_report()
    {
        // The locks and the on-demand runs must fall on the same UTC day as the report they appear in.
        await UtcDay.AvoidMidnightAsync(TimeSpan.FromMinutes(5));

        foreach (var user in LockedUsers)
        {
            await PageSteps.LockThroughApiAsync(_host, user.Admin, user.AdminPassword, user.Login, user.Email);
        }

        using var fired = await _host.Client.PostAsync(new Uri("/admin/functions/UnlockAudit", UriKind.Relative), null);
        Assert.True(fired.IsSuccessStatusCode, $"POST /admin/functions/UnlockAudit answered {(int)fired.StatusCode}.");

        // French: the scheduled report, then a run from the page.
        var texts = PageTexts.French;
        await using (var support = await OpenReportAsync(texts))
        {
            var page = support.Page;
            await Expect(page.Locator("#audit-period")).ToContainTextAsync(texts.AuditScheduled);
            await Expect(page.Locator("#audit-period")).ToContainTextAsync(texts.AuditPeriodEnded);
            await ExpectCurrentLocksAsync(page, texts);
            await Expect(page.Locator("#audit-counts [data-count=codeLocks]")).ToHaveTextAsync("2");
            await support.ScreenshotAsync("audit-report-fr");

            await RunAuditAsync(page, texts);
            await Expect(page.Locator("#audit-revision")).ToHaveTextAsync("1");
            await ExpectLockActivityAsync(page, texts);
            await support.ScreenshotAsync("audit-report-on-demand-fr");
            Assert.Empty(support.ScriptErrors);
        }

        // English: the report of the French run, then another run that replaces it.
        texts = PageTexts.English;
        await using (var support = await OpenReportAsync(texts))
        {
            var page = support.Page;
            await Expect(page.Locator("#audit-period")).ToContainTextAsync(texts.AuditOnDemand);
            await ExpectCurrentLocksAsync(page, texts);
            await ExpectLockActivityAsync(page, texts);

            await RunAuditAsync(page, texts);
            await Expect(page.Locator("#audit-revision")).ToHaveTextAsync("2");
            await support.ScreenshotAsync("audit-report-en");

            // Yesterday's report is the scheduled one, which the on-demand runs did not replace.
            var yesterday = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await page.GetByLabel(texts.AuditDayLabel, new() { Exact = true }).FillAsync(yesterday);
            await page.GetByRole(AriaRole.Button, new() { Name = texts.AuditShowDayButton, Exact = true }).ClickAsync();
            await Expect(page.Locator("#audit-period")).ToContainTextAsync(texts.AuditScheduled);
            await Expect(page.Locator("#audit-revision")).ToHaveTextAsync("1");
            await ExpectCurrentLocksAsync(page, texts);

            var login = LockedUsers[1].Login;
            await page.Locator("#audit-locks").GetByRole(AriaRole.Link, new() { Name = login, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(texts.UserDetailTitle);
            await Expect(page.Locator("#user-identity .user-login")).ToHaveTextAsync(login);
            await Expect(page.Locator("#user-access .state")).ToHaveTextAsync(texts.StateCodeLocked);
            Assert.Empty(support.ScriptErrors);
        }
    }

    /// <summary>Signs in as support and opens the report with the navigation link.</summary>
    private async Task<BrowserSession> OpenReportAsync(PageTexts texts)
    {
        var support = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", texts.Language);
        var page = support.Page;
        await page.SignInAsync(texts, SupportAgent, SupportAgentPassword);
        await page.ExpectViewAsync(texts.UsersTitle);
        await page.Locator("#app-nav").GetByRole(AriaRole.Link, new() { Name = texts.AuditLink, Exact = true }).ClickAsync();
        await page.ExpectPathAsync("/audit");
        await page.ExpectViewAsync(texts.AuditTitle);
        return support;
    }

    private static async Task RunAuditAsync(IPage page, PageTexts texts)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = texts.AuditRunButton, Exact = true }).ClickAsync();

        var ran = page.GetByRole(AriaRole.Status).Filter(new() { HasText = texts.AuditRan });
        await Expect(ran).ToBeFocusedAsync();
        await Expect(page.Locator("#audit-period")).ToContainTextAsync(texts.AuditOnDemand);
        await Expect(page.Locator("#audit-period")).ToContainTextAsync(texts.AuditPeriodInProgress);
    }

    private static async Task ExpectCurrentLocksAsync(IPage page, PageTexts texts)
    {
        foreach (var user in LockedUsers)
        {
            var row = page.Locator("#audit-locks tbody tr").Filter(new() { HasText = user.Login });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("[data-column=company]")).ToContainTextAsync(user.Company);
            await Expect(row.Locator("[data-column=kind]")).ToContainTextAsync(texts.AuditSecurityCodeLock);
            await Expect(row.GetByRole(AriaRole.Link, new() { Name = user.Login, Exact = true })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/users/[0-9a-f]{32}$"));
        }
    }

    /// <summary>Checks that today's lock of each user is listed, with its company and a link named by the login.</summary>
    private static async Task ExpectLockActivityAsync(IPage page, PageTexts texts)
    {
        foreach (var user in LockedUsers)
        {
            var row = page.Locator("#audit-activity tbody tr").Filter(new() { HasText = user.Company });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("[data-column=event]")).ToContainTextAsync(texts.AuditLockEvent);
            await Expect(row.GetByRole(AriaRole.Link, new() { Name = user.Login, Exact = true })).ToBeVisibleAsync();
        }
    }

    /// <summary>A user locked for the report, and their company's administrator.</summary>
    private sealed record LockedUser(string Admin, string AdminPassword, string Login, string Email, string Company);
}
