using MerchantAccess.Testing;
using Microsoft.Playwright;
using static MerchantAccess.Testing.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// An administrator creates a user in the browser: the login is generated from the name, the
/// company security code is shown to copy, and the new user completes the first connection with
/// the e-mailed temporary password. The form's errors take the focus and name their fields.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UserCreationTests(BrowserFixture browser, HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Theory]
    [MemberData(nameof(PageTexts.Languages), MemberType = typeof(PageTexts))]
    public async Task Created_user_completes_first_connection(string language)
    {
        var texts = PageTexts.For(language);
        var newcomer = Newcomer.For(language);

        await using (var admin = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language))
        {
            var page = admin.Page;
            await page.SignInAsync(texts, newcomer.Admin, newcomer.AdminPassword);
            await page.ExpectViewAsync(texts.UsersTitle);

            await page.GetByRole(AriaRole.Link, new() { Name = texts.CreateUserLink, Exact = true }).ClickAsync();
            await page.ExpectPathAsync("/users/new");
            await page.ExpectViewAsync(texts.CreateUserLink);
            await Expect(page.Locator(".company-name")).ToHaveTextAsync(newcomer.CompanyName);
            await page.GetByLabel(texts.FirstNameLabel, new() { Exact = true }).FillAsync(newcomer.FirstName);
            await page.GetByLabel(texts.LastNameLabel, new() { Exact = true }).FillAsync(newcomer.LastName);
            await page.GetByLabel(texts.EmailLabel, new() { Exact = true }).FillAsync(newcomer.Email);
            await page.GetByLabel(texts.PhoneLabel, new() { Exact = true }).FillAsync("06 12 34 56 78");
            await page.GetByLabel(texts.LanguageLabel, new() { Exact = true }).SelectOptionAsync(language);
            await admin.ScreenshotAsync($"user-new-{language}");
            await page.GetByRole(AriaRole.Button, new() { Name = texts.CreateUserButton, Exact = true }).ClickAsync();

            await page.ExpectPathAsync("/users/[0-9a-f]{32}/created");
            await page.ExpectViewAsync(texts.CreatedTitle);
            await Expect(page.Locator("#created-login")).ToHaveTextAsync(newcomer.Login);
            await Expect(page.Locator(".reset__message")).ToContainTextAsync(newcomer.Email);
            await Expect(page.Locator("#security-code")).ToHaveTextAsync(newcomer.SecurityCode);
            await page.GetByRole(AriaRole.Button, new() { Name = texts.CopyButton, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = texts.Copied })).ToBeVisibleAsync();
            Assert.Equal(newcomer.SecurityCode, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
            await admin.ScreenshotAsync($"user-created-{language}");

            await page.GetByRole(AriaRole.Link, new() { Name = texts.BackToUser, Exact = true }).ClickAsync();
            await page.ExpectViewAsync(texts.UserDetailTitle);
            await Expect(page.Locator("#user-identity .user-login")).ToHaveTextAsync(newcomer.Login);
            await Expect(page.Locator("#user-identity")).ToContainTextAsync("+33612345678");
            await Expect(page.Locator("#user-access .state")).ToHaveTextAsync(texts.StateResetPending);
            await Expect(page.Locator("#user-delivery")).ToContainTextAsync(texts.EmailChannel);
            await Expect(page.Locator("#user-delivery time")).ToHaveAttributeAsync("datetime", new System.Text.RegularExpressions.Regex(@"^\d{4}-\d\d-\d\dT"));
            Assert.Empty(admin.ScriptErrors);
        }

        var email = await _host.Outbox.WaitForEmailAsync(newcomer.Email);
        await using (var user = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in", language))
        {
            await user.Page.CompleteFirstConnectionAsync(texts, newcomer.Login, email.TemporaryPassword, newcomer.SecurityCode, newcomer.NewPassword);

            await user.Page.ExpectPathAsync("/account");
            await Expect(user.Page.Locator("#account-profile")).ToContainTextAsync(newcomer.Email);
            Assert.Empty(user.ScriptErrors);
        }
    }

    [Fact]
    public async Task Create_form_errors_take_focus_by_keyboard()
    {
        var texts = PageTexts.French;
        await using var admin = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in");
        var page = admin.Page;
        await page.SignInAsync(texts, DupontAdmin, DupontAdminPassword);
        await page.ExpectViewAsync(texts.UsersTitle);
        await page.GetByRole(AriaRole.Link, new() { Name = texts.CreateUserLink, Exact = true }).ClickAsync();
        await page.ExpectViewAsync(texts.CreateUserLink);
        var firstName = page.GetByLabel(texts.FirstNameLabel, new() { Exact = true });

        // Empty form, sent with the keyboard: Enter in a field submits it.
        await firstName.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.ValidationTitle);
        foreach (var label in new[] { texts.FirstNameLabel, texts.LastNameLabel, texts.EmailLabel })
        {
            await Expect(page.GetByLabel(label, new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        }

        await admin.ScreenshotAsync("user-new-errors-fr");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Problem().GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(firstName).ToBeFocusedAsync();

        // A login another account holds, in another case, is a conflict shown on the login field.
        await page.Keyboard.TypeAsync("Marc");
        await page.GetByLabel(texts.LastNameLabel, new() { Exact = true }).FillAsync("Leroy");
        await page.GetByLabel(texts.EmailLabel, new() { Exact = true }).FillAsync("marc.leroy2@boulangerie-dupont.example");
        var login = page.GetByLabel(texts.UserLoginLabel, new() { Exact = true });
        await login.FillAsync("Marc.Leroy");
        await login.PressAsync("Enter");

        await Expect(page.Problem()).ToBeFocusedAsync();
        await Expect(page.Problem().Locator(".problem__title")).ToHaveTextAsync(texts.ConflictTitle);
        await Expect(login).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#user-login-error")).ToHaveTextAsync(texts.LoginTaken);
        await Expect(page.GetByLabel(texts.FirstNameLabel, new() { Exact = true })).Not.ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Empty(admin.ScriptErrors);
    }

    /// <summary>The person created in one language, by that language's demo company.</summary>
    private sealed record Newcomer(string Admin, string AdminPassword, string CompanyName, string SecurityCode, string FirstName, string LastName, string Email, string Login, string NewPassword)
    {
        public static Newcomer For(string language) => language == "fr"
            ? new(DupontAdmin, DupontAdminPassword, "Boulangerie Dupont", DupontSecurityCode, "Éloïse", "Petit", "eloise.petit@boulangerie-dupont.example", "eloise.petit", "Brioche2027Tressee")
            : new(SurfAdmin, SurfAdminPassword, "Atlantic Surf Shop", SurfSecurityCode, "Oliver", "Smith", "oliver.smith@atlantic-surf.example", "oliver.smith", "Swell2027Offshore");
    }
}
