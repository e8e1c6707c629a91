using MerchantAccess.Testing;

namespace MerchantAccess.Web.Tests;

/// <summary>A local host on Azurite, seeded with <c>samples/demo.json</c>, serving the front end to the tests of a class.</summary>
public class HostFixture : IAsyncLifetime
{
    private LocalHostInstance? _host;

    public LocalHostInstance Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await LocalHostInstance.StartAsync(Adjust);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Changes the settings of the host before it starts.</summary>
    protected virtual void Adjust(Dictionary<string, string?> settings)
    {
    }
}
