using MerchantAccess.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Testing;

/// <summary>
/// A local host on Azurite for one test class: real Kestrel on 127.0.0.1 with a free port, its
/// own tables, queue and outbox, the demo data seeded, and its logs captured.
/// </summary>
public sealed class LocalHostInstance : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHostInstance(WebApplication app, Uri baseAddress, IReadOnlyDictionary<string, string?> settings, MemoryLoggerProvider logs)
    {
        _app = app;
        BaseAddress = baseAddress;
        Settings = settings;
        Logs = logs;
        Outbox = new Outbox(settings["MerchantAccess:Delivery:OutboxPath"]!);
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public Outbox Outbox { get; }

    public MemoryLoggerProvider Logs { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts a host; <paramref name="adjust"/> may change its settings first,
    /// <paramref name="time"/> replaces the clock of the app's services, and
    /// <paramref name="services"/> may replace other services last.
    /// </summary>
    public static async Task<LocalHostInstance> StartAsync(
        Action<Dictionary<string, string?>>? adjust = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        Azurite.EnsureRunning();

        var outbox = Path.Combine(Path.GetTempPath(), "merchantaccess-tests", TestSettings.UniqueName(), "outbox");
        var settings = TestSettings.Create(outbox);
        adjust?.Invoke(settings);

        var logs = new MemoryLoggerProvider();
        var app = LocalFunctionsHost.Build([], settings, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }

            services?.Invoke(builder.Services);
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LocalHostInstance(app, new Uri(address), settings, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        var folder = Path.GetDirectoryName(Outbox.Path)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
