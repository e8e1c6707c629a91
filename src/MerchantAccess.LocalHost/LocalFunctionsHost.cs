using System.Net;
using MerchantAccess.Functions;
using MerchantAccess.LocalHost.Catalog;
using MerchantAccess.LocalHost.Configuration;
using MerchantAccess.LocalHost.FrontEnd;
using MerchantAccess.LocalHost.Invocation;
using MerchantAccess.LocalHost.Triggers;

namespace MerchantAccess.LocalHost;

/// <summary>
/// Builds the local host: the function classes of the function app behind Kestrel on 127.0.0.1,
/// with their queue and timer triggers, all derived from the functions' attributes, and the
/// static front end at <c>/</c>.
/// </summary>
public static class LocalFunctionsHost
{
    /// <summary>Environment variable (or setting) that sets the HTTP port; 0 picks a free one.</summary>
    public const string PortSetting = "MERCHANTACCESS_PORT";

    public const int DefaultPort = 7071;

    /// <summary>The functions the local host serves, discovered from the function app's assembly.</summary>
    public static IReadOnlyList<FunctionDescriptor> Functions { get; } = FunctionCatalog.Discover(typeof(HostJsonSettings).Assembly);

    /// <summary>
    /// Builds the host. Settings come from <c>local.settings.json</c> in the working directory, then
    /// environment variables, then the command line, then <paramref name="overrides"/>.
    /// <paramref name="configure"/> may change the builder last, as tests do to capture logs.
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        var settingsFile = Path.Combine(builder.Environment.ContentRootPath, "local.settings.json");
        if (File.Exists(settingsFile))
        {
            // Inserted first so that environment variables and the command line still win over the file.
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = LocalSettingsFile.Read(settingsFile) });
        }

        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var port = int.TryParse(builder.Configuration[PortSetting], out var configured) ? configured : DefaultPort;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        builder.Services.AddMerchantAccessFunctions(builder.Configuration, AppContext.BaseDirectory);
        builder.Services.AddMvcCore();
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddHostedService<StorageInitializer>();

        foreach (var function in Functions)
        {
            FunctionInvoker.EnsureBindable(function);
            switch (function.Trigger)
            {
                case TriggerKind.Queue:
                    builder.Services.AddSingleton<IHostedService>(services => ActivatorUtilities.CreateInstance<QueueTriggerListener>(services, function));
                    break;
                case TriggerKind.Timer:
                    // One instance serves both the schedule and the admin endpoint, so runs never overlap.
                    builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<TimerTriggerScheduler>(services, function));
                    builder.Services.AddSingleton<IHostedService>(services => services.GetServices<TimerTriggerScheduler>().Single(timer => timer.FunctionName == function.Name));
                    break;
            }
        }

        configure?.Invoke(builder);
        var app = builder.Build();

        var host = app.Services.GetRequiredService<HostJsonSettings>();
        HttpFunctionEndpoints.Map(app, Functions, host);
        AdminEndpoints.Map(app, app.Services.GetServices<TimerTriggerScheduler>());
        FrontEndEndpoints.Map(app, host.RoutePrefix);
        return app;
    }
}
