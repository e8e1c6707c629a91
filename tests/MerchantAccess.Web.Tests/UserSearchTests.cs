using System.Text.Json;
using MerchantAccess.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MerchantAccess.Web.Tests;

/// <summary>User search in the browser on a company larger than one page: paging, the text query and the state filter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UserSearchTests(BrowserFixture browser, UserSearchTests.LargeCompanyFixture fixture) : IClassFixture<UserSearchTests.LargeCompanyFixture>
{
    private const string Admin = "ines.garnier";
    private const string AdminPassword = "Epicerie2026Admin";

    /// <summary>Users of the company besides its administrator; with her, one page of 20 and one of 3.</summary>
    private const int ClerkCount = 22;

    private readonly LocalHostInstance _host = fixture.Host;
    private readonly PageTexts _texts = PageTexts.French;

    [Fact]
    public async Task Search_pages_and_filters_a_large_company()
    {
        await using var session = await BrowserSession.OpenAtAsync(browser.Browser, _host.BaseAddress, "/sign-in");
        var page = session.Page;
        await page.SignInAsync(_texts, Admin, AdminPassword);
        await page.ExpectViewAsync(_texts.UsersTitle);
        var rows = page.Locator("table tbody tr");
        var next = page.GetByRole(AriaRole.Button, new() { Name = _texts.NextPage });
        var previous = page.GetByRole(AriaRole.Button, new() { Name = _texts.PreviousPage });

        await Expect(rows).ToHaveCountAsync(20);
        await Expect(previous).ToBeDisabledAsync();
        await next.ClickAsync();
        await Expect(rows).ToHaveCountAsync(ClerkCount + 1 - 20);
        await Expect(page.Locator(".pager__page")).ToHaveTextAsync(_texts.PageNumber(2));
        await Expect(next).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = _texts.ResultsTitle })).ToBeFocusedAsync();
        await previous.ClickAsync();
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(page.Locator(".pager__page")).ToHaveTextAsync(_texts.PageNumber(1));

        await page.GetByLabel(_texts.SearchLabel, new() { Exact = true }).FillAsync("vendeur07");
        await page.GetByRole(AriaRole.Button, new() { Name = _texts.SearchButton, Exact = true }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("vendeur07@grande-epicerie.example");
        await Expect(page.Locator(".pager")).ToBeEmptyAsync();

        await page.GetByLabel(_texts.SearchLabel, new() { Exact = true }).FillAsync("");
        await page.GetByLabel(_texts.StateLabel, new() { Exact = true }).SelectOptionAsync("codeLocked");
        await page.GetByRole(AriaRole.Button, new() { Name = _texts.SearchButton, Exact = true }).ClickAsync();
        await Expect(page.MainContent().GetByText(_texts.NoUserFound)).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(0);
        Assert.Empty(session.ScriptErrors);
    }

    /// <summary>A host seeded with one company of 23 users instead of the demo data.</summary>
    public sealed class LargeCompanyFixture : HostFixture
    {
        protected override void Adjust(Dictionary<string, string?> settings)
        {
            ArgumentNullException.ThrowIfNull(settings);

            var users = new List<object>
            {
                new { login = Admin, password = AdminPassword, email = "ines.garnier@grande-epicerie.example", language = "fr", permissions = new[] { "manageUsers" }, firstName = "Inès", lastName = "Garnier" },
            };
            for (var number = 1; number <= ClerkCount; number++)
            {
                var name = $"vendeur{number:00}";
                users.Add(new { login = name, password = "Rayon2026Caisse" + number, email = $"{name}@grande-epicerie.example", language = "fr", permissions = Array.Empty<string>(), firstName = "Vendeur", lastName = $"Numéro {number:00}" });
            }

            // Beside the host's outbox, so the host deletes it with its own folder.
            var folder = Path.GetDirectoryName(settings["MerchantAccess:Delivery:OutboxPath"])!;
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "large-company.json");
            File.WriteAllText(path, JsonSerializer.Serialize(new
            {
                companies = new[] { new { name = "Grande Épicerie", securityCode = "GE4821RT", users } },
                supportAgents = Array.Empty<object>(),
            }));
            settings["MerchantAccess:DemoData:Path"] = path;
        }
    }
}
