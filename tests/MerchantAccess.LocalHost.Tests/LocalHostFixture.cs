using MerchantAccess.Testing;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>One local host on Azurite, seeded with <c>samples/demo.json</c>, shared by the tests of a class.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private LocalHostInstance? _host;

    public LocalHostInstance Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await LocalHostInstance.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
