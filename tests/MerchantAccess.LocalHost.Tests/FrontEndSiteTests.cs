using MerchantAccess.LocalHost.FrontEnd;
using MerchantAccess.Testing;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>How the local host finds the front end's folder and its headers, and which paths stay with the backend.</summary>
public sealed class FrontEndSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "merchantaccess-tests", TestSettings.UniqueName());

    public FrontEndSiteTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Default_finds_web_folder_in_a_parent()
    {
        var web = CreateSite(Path.Combine(_root, "web"));
        var nested = Directory.CreateDirectory(Path.Combine(_root, "tests", "bin", "Release")).FullName;

        var site = FrontEndSite.Locate(null, nested);

        Assert.Equal(web, site?.Root);
    }

    [Fact]
    public void Default_without_web_folder_finds_nothing()
    {
        var site = FrontEndSite.Locate(null, Path.GetPathRoot(_root)!);

        Assert.Null(site);
    }

    [Fact]
    public void Relative_setting_resolves_from_content_root()
    {
        var site = CreateSite(Path.Combine(_root, "pages"));

        var found = FrontEndSite.Locate("pages", _root);

        Assert.Equal(site, found?.Root);
    }

    [Fact]
    public void Setting_without_index_page_is_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FrontEndSite.Locate("missing", _root));

        Assert.Contains("MerchantAccess__LocalHost__WebRoot", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_root, "missing"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Global_headers_come_from_static_web_app_config()
    {
        var root = CreateSite(Path.Combine(_root, "web"));
        File.WriteAllText(Path.Combine(root, "staticwebapp.config.json"), """{ "globalHeaders": { "X-Frame-Options": "DENY" } }""");

        var site = FrontEndSite.Locate(root, _root)!;

        Assert.Equal("DENY", site.Headers["X-Frame-Options"]);
    }

    [Fact]
    public void Invalid_global_headers_are_rejected()
    {
        var root = CreateSite(Path.Combine(_root, "web"));
        File.WriteAllText(Path.Combine(root, "staticwebapp.config.json"), """{ "globalHeaders": { "X-Frame-Options": 1 } }""");

        Assert.Throws<InvalidDataException>(() => FrontEndSite.Locate(root, _root));
    }

    [Theory]
    [InlineData("/api/health", true)]
    [InlineData("/API/users", true)]
    [InlineData("/admin/functions/UnlockAudit", true)]
    [InlineData("/", false)]
    [InlineData("/users", false)]
    [InlineData("/apiary", false)]
    [InlineData("/js/main.js", false)]
    public void Backend_paths_stay_with_backend(string path, bool isBackend)
    {
        Assert.Equal(isBackend, FrontEndEndpoints.IsBackendPath(new PathString(path), "api"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string CreateSite(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, FrontEndSite.IndexFile), "<!doctype html>");
        return folder;
    }
}
