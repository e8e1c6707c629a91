using Azure.Identity;
using MerchantAccess.Functions.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MerchantAccess.Functions.Tests.Telemetry;

public sealed class TelemetryTests
{
    // The endpoint is never called: the tests inspect registrations and build no provider.
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:1/";

    [Fact]
    public void Telemetry_stays_off_without_connection_string()
    {
        var services = new ServiceCollection();

        var registered = services.AddMerchantAccessTelemetry(new ConfigurationBuilder().Build());

        Assert.False(registered);
        Assert.Empty(services);
    }

    [Fact]
    public void Connection_string_registers_metrics_and_traces()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [TelemetryServiceCollectionExtensions.ConnectionStringSetting] = ConnectionString,
                [TelemetryServiceCollectionExtensions.AuthenticationSetting] = "Authorization=AAD;ClientId=6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21",
            })
            .Build();

        var registered = services.AddMerchantAccessTelemetry(configuration);

        Assert.True(registered);
        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(MeterProvider));
        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(TracerProvider));
    }

    [Theory]
    [InlineData("Authorization=AAD", null)]
    [InlineData("authorization=aad", null)]
    [InlineData("Authorization=AAD;ClientId=6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21", "6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21")]
    [InlineData("ClientId=6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21;Authorization=AAD", "6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21")]
    public void Authentication_string_parses(string value, string? clientId)
    {
        var parsed = TelemetryCredentials.TryParseAuthenticationString(value, out var parsedClientId);

        Assert.True(parsed);
        Assert.Equal(clientId, parsedClientId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Authorization=Key")]
    [InlineData("ClientId=6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21")]
    [InlineData("Authorization=AAD;ClientId=identity")]
    [InlineData("Authorization=AAD;Audience=monitor")]
    [InlineData("Authorization")]
    public void Authentication_string_rejects(string value)
    {
        Assert.False(TelemetryCredentials.TryParseAuthenticationString(value, out _));
    }

    [Fact]
    public void Credential_is_managed_identity()
    {
        var credential = TelemetryCredentials.FromAuthenticationString("Authorization=AAD;ClientId=6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21");

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void Credential_is_absent_without_setting()
    {
        Assert.Null(TelemetryCredentials.FromAuthenticationString(null));
    }

    [Fact]
    public void Credential_rejects_malformed_setting()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => TelemetryCredentials.FromAuthenticationString("Authorization=Key"));

        Assert.Contains(TelemetryServiceCollectionExtensions.AuthenticationSetting, exception.Message, StringComparison.Ordinal);
    }
}
