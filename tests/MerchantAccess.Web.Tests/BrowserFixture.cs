using Microsoft.Playwright;

namespace MerchantAccess.Web.Tests;

/// <summary>
/// One headless Debian Chromium for all browser tests, driven by Playwright. Playwright's own
/// browser download cannot work on this network, so the browser is always the system one that
/// <c>./test.sh</c> installs.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Environment variable that points at another Chromium executable.</summary>
    public const string ChromiumPathVariable = "MERCHANTACCESS_CHROMIUM";

    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Maximum wait for an action or an expected state. It only bounds a wait: the machine's two
    /// cores are shared with builds, and a first request to a new host compiles code and hashes
    /// passwords, which can take several seconds there.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // --no-sandbox because the tests run as root; the others stop Chromium's calls to Google's
    // services, which a closed network refuses many at a time.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } configured ? configured : DefaultChromiumPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {path}. Run the tests with ./test.sh, which installs Debian's chromium package, or set {ChromiumPathVariable}.");
        }

        Assertions.SetDefaultExpectTimeout((float)Timeout.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>
/// The browser tests share one browser and run one class at a time: each class has its own local
/// host, and two cores do not run several Chromium pages and hosts well at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
