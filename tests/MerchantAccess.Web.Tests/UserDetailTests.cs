using System.Globalization;
using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// The user page of administrators and support: what it shows, editing, disabling behind a
/// confirmation dialog and enabling by support, and the account events with their paging.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UserDetailTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Disable_then_support_enables(string language)
    {
        var texts = PageTexts.For(language);
        var (admin, adminPassword, login, password, email, code) = language == "fr"
            ? (DupontAdmin, DupontAdminPassword, DupontAccountant, DupontAccountantPassword, DupontAccountantEmail, DupontSecurityCode)
            : (SurfAdmin, SurfAdminPassword, SurfStockKeeper, SurfStockKeeperPassword, SurfStockKeeperEmail, SurfSecurityCode);
        await _host.Client.SignInAsync(login, password);

        await using (var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language))
        {
            var page = session.Page;
            await page.SignInAsync(texts, admin, adminPassword);
            await page.OpenUserPageAsync(texts, login);
            await Expect(page.Locator("#user-access .state")).ToHaveTextAsync(texts.StateActive);
            await Expect(page.Locator("#user-access")).ToContainTextAsync(texts.NoAdministrationRights);
            await Expect(page.Locator("#user-access time")).ToHaveCountAsync(2);
            await Expect(page.Locator("#user-identity")).ToContainTextAsync(texts.NoPhone);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.EnableButton, Exact = true })).ToHaveCountAsync(0);
            await session.ScreenshotAsync($"user-detail-{language}");

            // Escape cancels and gives the focus back to the button; nothing changes.
            var disable = page.GetByRole(AriaRole.Button, new() { Name = texts.DisableButton, Exact = true });
            await disable.ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync(login);
            await Expect(page.DialogButton(texts.DialogCancel)).ToBeFocusedAsync();
            await session.ScreenshotAsync($"disable-dialog-{language}");
            await page.Keyboard.PressAsync("Escape");
            await Expect(dialog).ToBeHiddenAsync();
            await Expect(disable).ToBeFocusedAsync();
            Assert.Equal("active", await PageSteps.UserStateAsync(_host, admin, adminPassword, login));

            await disable.ClickAsync();
            await page.DialogButton(texts.DisableButton).ClickAsync();

            var disabled = page.GetByRole(AriaRole.Status).Filter(new() { HasText = texts.Disabled });
            await Expect(disabled).ToBeFocusedAsync();
            await Expect(page.Locator("#user-access .state")).ToHaveTextAsync(texts.StateDisabled);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.DisableButton, Exact = true })).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.ResetButton, Exact = true })).ToHaveCountAsync(0);
            Assert.Empty(session.ScriptErrors);
        }

        var refused = await _host.Client.PostJsonAsync("/api/auth/login", new { login, password });
        Assert.Equal((403, "account_disabled"), (refused.Status, refused.String("code")));
        var received = _host.Outbox.EmailsTo(email).Count;

        await using (var support = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language))
        {
            var page = support.Page;
            await page.SignInAsync(texts, SupportAgent, SupportAgentPassword);
            await page.OpenUserPageAsync(texts, login);
            await page.GetByRole(AriaRole.Button, new() { Name = texts.EnableButton, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync(email);
            await page.DialogButton(texts.EnableButton).ClickAsync();

            await page.ExpectPathAsync("/users/[0-9a-f]{32}/enabled");
            await page.ExpectViewAsync(texts.EnabledTitle);
            await Expect(page.Locator("#security-code")).ToHaveTextAsync(code);
            await support.ScreenshotAsync($"user-enabled-{language}");
            Assert.Empty(support.ScriptErrors);
        }

        await _host.Outbox.WaitForEmailAsync(email, received + 1);
        Assert.Equal("resetPending", await PageSteps.UserStateAsync(_host, admin, adminPassword, login));
    }

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Edit_saves_changes_and_records_email_change(string language)
    {
        var texts = PageTexts.For(language);
        var (admin, adminPassword, login, email) = language == "fr"
            ? (DupontAdmin, DupontAdminPassword, DupontClerk, DupontClerkEmail)
            : (SurfAdmin, SurfAdminPassword, SurfClerk, SurfClerkEmail);
        var newEmail = "new." + email;
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language);
        var page = session.Page;
        await page.SignInAsync(texts, admin, adminPassword);
        await page.OpenUserPageAsync(texts, login);

        await page.GetByRole(AriaRole.Link, new() { Name = texts.EditLink, Exact = true }).ClickAsync();
        await page.ExpectPathAsync("/users/[0-9a-f]{32}/edit");
        await page.ExpectViewAsync(texts.EditTitle);
        var emailField = page.GetByLabel(texts.EmailLabel, new() { Exact = true });
        var phone = page.GetByLabel(texts.PhoneLabel, new() { Exact = true });
        await Expect(emailField).ToHaveValueAsync(email);
        await session.ScreenshotAsync($"user-edit-{language}");

        // An invalid number is named on its field, and the focus goes to the error summary.
        await phone.FillAsync("12");
        await phone.PressAsync("Enter");
        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#user-phone-error")).ToHaveTextAsync(texts.InvalidPhone);

        await phone.FillAsync("+33 7 98 76 54 32");
        await emailField.FillAsync(newEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.SaveChangesButton, Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/users/[0-9a-f]{32}");
        await page.ExpectViewAsync(texts.UserDetailTitle);
        await Expect(page.MainContent().GetByText(texts.UserEditedEmail)).ToBeVisibleAsync();
        await Expect(page.Locator("#user-identity .user-email")).ToHaveTextAsync(newEmail);
        await Expect(page.Locator("#user-identity")).ToContainTextAsync("+33798765432");
        var token = await _host.Client.SignInAsync(admin, adminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(_host.Client, token, login);
        Assert.Contains("emailChanged", await ScenarioSteps.EventTypesAsync(_host.Client, token, userId));
        Assert.Empty(session.ScriptErrors);
    }

    [Theory]
    [InlineData("fr", DupontAdmin, DupontAdminPassword, "Hugo", "Fabre", "hugo.fabre@boulangerie-dupont.example")]
    [InlineData("en", SurfAdmin, SurfAdminPassword, "Ava", "Jones", "ava.jones@atlantic-surf.example")]
    public async Task Events_list_resets_and_lock_newest_first(string language, string admin, string adminPassword, string firstName, string lastName, string email)
    {
        var texts = PageTexts.For(language);
        var token = await _host.Client.SignInAsync(admin, adminPassword);
        var created = await _host.Client.PostJsonAsync("/api/users", new { firstName, lastName, email, language }, token);
        Assert.Equal(201, created.Status);
        var userId = created.String("id")!;
        var login = created.String("login")!;

        // The creation, fifteen resets and a lock record at least 21 events, more than one page holds.
        for (var reset = 0; reset < 15; reset++)
        {
            Assert.Equal(200, (await ScenarioSteps.ResetAsync(_host.Client, token, userId)).Status);
        }

        await WaitUntilDeliveredAsync(token, userId);
        await PageSteps.LockThroughApiAsync(_host, admin, adminPassword, login, email);
        var newest = (await ScenarioSteps.AllEventsAsync(_host.Client, token, userId))[0];

        // The browser runs in New York; the page shows times in the Paris time zone of the profile.
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language, timeZone: "America/New_York");
        var page = session.Page;
        await page.SignInAsync(texts, admin, adminPassword);
        await page.OpenUserPageAsync(texts, login);
        await page.GetByRole(AriaRole.Link, new() { Name = texts.EventsLink, Exact = true }).ClickAsync();
        await page.ExpectPathAsync("/users/[0-9a-f]{32}/events");
        await page.ExpectViewAsync(texts.EventsTitle);

        var rows = page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(page.MainContent()).ToContainTextAsync("Europe/Paris");
        var locked = rows.Filter(new() { HasText = texts.EventAccountLocked });
        await Expect(locked).ToHaveCountAsync(1);
        await Expect(locked.Locator("[data-column='outcome']")).ToContainTextAsync(texts.OutcomeSuccess);
        await Expect(locked.Locator("[data-column='actor']")).ToContainTextAsync(texts.ActorSelf);
        await Expect(locked.Locator("[data-column='details']")).ToContainTextAsync(texts.LockKindSecurityCode);
        var wrongCodes = rows.Filter(new() { HasText = texts.EventSecurityCodeFailed });
        await Expect(wrongCodes).ToHaveCountAsync(3);
        await Expect(wrongCodes.First.Locator("[data-column='outcome']")).ToContainTextAsync(texts.OutcomeFailure);
        var resets = rows.Filter(new() { HasText = texts.EventPasswordReset });
        await Expect(resets.First.Locator("[data-column='actor']")).ToContainTextAsync(texts.ActorAdministrator);

        var parisTime = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(newest["occurredAt"]!.GetValue<string>(), CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        await Expect(rows.First.Locator("time")).ToContainTextAsync(parisTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        await ExpectNewestFirstAsync(page);
        await session.ScreenshotAsync($"user-events-{language}");

        await page.GetByRole(AriaRole.Button, new() { Name = texts.NextPage, Exact = true }).ClickAsync();
        await Expect(page.Locator(".pager__page")).ToHaveTextAsync(texts.PageNumber(2));
        await Expect(page.Locator("#events-title")).ToBeFocusedAsync();
        await Expect(rows.Filter(new() { HasText = texts.EventPasswordReset }).First).ToBeVisibleAsync();
        await ExpectNewestFirstAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = texts.PreviousPage, Exact = true }).ClickAsync();
        await Expect(rows.Filter(new() { HasText = texts.EventAccountLocked })).ToHaveCountAsync(1);
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Read_only_administrator_changes_nothing()
    {
        var texts = PageTexts.French;
        var admin = await _host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var created = await _host.Client.PostJsonAsync("/api/users", new
        {
            firstName = "Lina",
            lastName = "Roux",
            email = "lina.roux@boulangerie-dupont.example",
            permissions = new[] { "manageUsers" },
            readOnly = true,
        }, admin);
        Assert.Equal(201, created.Status);
        await ScenarioSteps.CompleteFirstConnectionAsync(_host, "lina.roux", "lina.roux@boulangerie-dupont.example", DupontSecurityCode, "Levain2027Naturel");

        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in");
        var page = session.Page;
        await page.SignInAsync(texts, "lina.roux", "Levain2027Naturel");
        await page.ExpectViewAsync(texts.UsersTitle);
        await Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = texts.CreateUserLink, Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.ResetButton })).ToHaveCountAsync(0);
        await page.OpenUserPageAsync(texts, DupontClerk);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = texts.EventsLink, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = texts.EditLink, Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.ResetButton, Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.DisableButton, Exact = true })).ToHaveCountAsync(0);

        Assert.Empty(session.ScriptErrors);
    }

    /// <summary>
    /// Waits until the e-mail of the user's last reset is sent. The deliveries of earlier resets
    /// then send nothing, because a newer reset replaced them, so no older e-mail arrives later.
    /// </summary>
    private async Task WaitUntilDeliveredAsync(string token, string userId)
    {
        var deadline = DateTime.UtcNow + BrowserFixture.Timeout;
        while (true)
        {
            var user = await _host.Client.GetJsonAsync($"/api/users/{userId}", token);
            if (user.Json?["deliveryStatus"]?["status"]?.GetValue<string>() == "sent")
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The last reset of user {userId} was not delivered: {user.Text}");
            }

            await Task.Delay(100);
        }
    }

    private static async Task ExpectNewestFirstAsync(IPage page)
    {
        var times = (await page.Locator("table tbody tr time").EvaluateAllAsync<string[]>("nodes => nodes.map(node => node.getAttribute('datetime'))"))
            .Select(time => DateTimeOffset.Parse(time, CultureInfo.InvariantCulture))
            .ToList();

        Assert.NotEmpty(times);
        Assert.Equal(times.OrderByDescending(time => time), times);
    }
}
