using MerchantAccess.Domain.Common;
using Microsoft.Extensions.FileProviders;

namespace MerchantAccess.LocalHost.FrontEnd;

/// <summary>
/// Serves the static front end at <c>/</c>, outside the API's route prefix and <c>/admin</c>.
/// A page address without a file extension (<c>/</c>, <c>/users</c>) gets <c>index.html</c>, as
/// the navigation fallback of the Static Web App does, because the front end routes in the browser.
/// </summary>
public static partial class FrontEndEndpoints
{
    /// <summary>Serves the front end that <see cref="FrontEndSite.Locate"/> finds from the app's settings, and logs where it is.</summary>
    public static void Map(WebApplication app, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(app);

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FrontEndEndpoints));
        var site = FrontEndSite.Locate(app.Configuration[FrontEndSite.WebRootSetting], app.Environment.ContentRootPath);
        if (site is null)
        {
            LogFrontEndNotFound(logger, FrontEndSite.DefaultFolderName, app.Environment.ContentRootPath);
            return;
        }

        Map(app, site, routePrefix);
        LogFrontEndServed(logger, site.Root);
    }

    public static void Map(WebApplication app, FrontEndSite site, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(site);

        var files = new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(site.Root),
            OnPrepareResponse = context =>
            {
                foreach (var (name, value) in site.Headers)
                {
                    context.Context.Response.Headers[name] = value;
                }
            },
        };

        // Routing runs first in a WebApplication, so a request that matched a function has an endpoint
        // and never reaches the files; the path check keeps unknown API addresses a plain 404.
        app.UseWhen(context => context.GetEndpoint() is null && !IsBackendPath(context.Request.Path, routePrefix), branch =>
        {
            branch.Use((context, next) =>
            {
                if (IsPageNavigation(context.Request))
                {
                    context.Request.Path = "/" + FrontEndSite.IndexFile;
                }

                return next(context);
            });
            branch.UseStaticFiles(files);
        });
    }

    /// <summary>Whether <paramref name="path"/> belongs to the API (under the route prefix) or to <c>/admin</c>.</summary>
    public static bool IsBackendPath(PathString path, string routePrefix)
    {
        var prefix = routePrefix.Trim('/');
        return path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            || (prefix.Length > 0 && path.StartsWithSegments("/" + prefix, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsPageNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !Path.HasExtension(request.Path.Value);

    [LoggerMessage(EventId = LogEventIds.FrontEndServed, Level = LogLevel.Information, Message = "Serving the front end at / from {Root}")]
    private static partial void LogFrontEndServed(ILogger logger, string root);

    [LoggerMessage(EventId = LogEventIds.FrontEndNotFound, Level = LogLevel.Warning, Message = "No front end is served: no '{FolderName}' folder with index.html in {ContentRoot} or its parents, and MerchantAccess__LocalHost__WebRoot is not set")]
    private static partial void LogFrontEndNotFound(ILogger logger, string folderName, string contentRoot);
}
