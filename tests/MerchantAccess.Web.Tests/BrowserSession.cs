using System.Text.RegularExpressions;
using MerchantAccess.Testing;
using Microsoft.Playwright;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// One person's browser: a fresh context (no storage shared with other tests) and a page on the
/// local host, with the script errors it raised and helpers to save screenshots.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    /// <summary>A phone-sized screen, as an iPhone SE shows pages.</summary>
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private readonly List<string> _scriptErrors = [];
    private readonly string _screenshotSuffix;

    private BrowserSession(IBrowserContext context, IPage page, string screenshotSuffix)
    {
        Context = context;
        Page = page;
        _screenshotSuffix = screenshotSuffix;
        page.Console += (_, message) =>
        {
            // Chromium logs every response with an error status as "Failed to load resource". The
            // tests expect such responses (wrong password, locked account), so only the rest counts.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _scriptErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _scriptErrors.Add(error);
    }

    /// <summary>Folder of the screenshots, kept with the other test results of <c>./test.sh</c>.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, ".local", "test-results", "screenshots");

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Script errors and Content-Security-Policy violations the page reported.</summary>
    public IReadOnlyList<string> ScriptErrors => _scriptErrors;

    /// <summary>The browser's time zone unless a test sets another.</summary>
    public const string DefaultTimeZone = "Europe/Paris";

    /// <summary>
    /// Opens a page on <paramref name="baseAddress"/>, allowed to write and read the clipboard, in
    /// the IANA <paramref name="timeZone"/> (Europe/Paris unless given).
    /// </summary>
    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri baseAddress, ViewportSize? viewport = null, string timeZone = DefaultTimeZone)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(baseAddress);

        var size = viewport ?? Desktop;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString().TrimEnd('/'),
            ViewportSize = size,
            Locale = "fr-FR",
            TimezoneId = timeZone,
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = baseAddress.GetLeftPart(UriPartial.Authority) });
        context.SetDefaultTimeout((float)BrowserFixture.Timeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, size.Width < 600 ? "-phone" : "");
    }

    /// <summary>Opens a page at <paramref name="path"/>, in French or, for <c>en</c>, switched to English with the header's button.</summary>
    public static async Task<BrowserSession> OpenAtAsync(IBrowser browser, Uri baseAddress, string path, string language = "fr", ViewportSize? viewport = null, string timeZone = DefaultTimeZone)
    {
        var session = await OpenAsync(browser, baseAddress, viewport, timeZone);
        await session.GotoAsync(path);
        if (language == "en")
        {
            await session.SwitchToEnglishAsync();
        }

        return session;
    }

    public async Task GotoAsync(string path) => await Page.GotoAsync(path);

    /// <summary>Switches the pages to English with the header's language button.</summary>
    public async Task SwitchToEnglishAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    /// <summary>
    /// Saves a full-page screenshot as <c>{name}.png</c> (with <c>-phone</c> on a phone-sized
    /// screen), after checking that the page shows no script value or unfilled placeholder.
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        var text = await Page.Locator("body").InnerTextAsync();
        Assert.DoesNotMatch(RenderingArtifact(), text);

        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotFolder, name + _screenshotSuffix + ".png"),
            FullPage = true,
        });
    }

    /// <summary>
    /// Checks that the browser stores nothing but the language preference: no token, challenge,
    /// temporary password or security code in Web Storage, and no cookie.
    /// </summary>
    public async Task ExpectNothingStoredButLanguageAsync()
    {
        var localKeys = await Page.EvaluateAsync<string[]>("() => Object.keys(window.localStorage)");
        var sessionKeys = await Page.EvaluateAsync<string[]>("() => Object.keys(window.sessionStorage)");
        var cookies = await Context.CookiesAsync();

        Assert.All(localKeys, key => Assert.Equal("merchantaccess.language", key));
        Assert.Empty(sessionKeys);
        Assert.Empty(cookies);
    }

    /// <summary>How many CSS pixels the page is wider than the screen; 0 when nothing scrolls sideways.</summary>
    public Task<int> HorizontalOverflowAsync() =>
        Page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth");

    /// <summary>The id of the focused element, or its tag name when it has none.</summary>
    public Task<string> FocusedElementAsync() =>
        Page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName.toLowerCase()");

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    /// <summary>Text that only a rendering bug puts on a page: a null or undefined value, or a placeholder left unfilled.</summary>
    [GeneratedRegex(@"\b(null|undefined|NaN)\b|\{\w+\}")]
    private static partial Regex RenderingArtifact();
}
