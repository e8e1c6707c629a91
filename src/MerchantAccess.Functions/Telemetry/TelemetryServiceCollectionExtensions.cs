using Azure.Monitor.OpenTelemetry.Exporter;
using MerchantAccess.Infrastructure.Telemetry;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace MerchantAccess.Functions.Telemetry;

/// <summary>Sends the worker's telemetry to Application Insights through OpenTelemetry.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>App setting that locates the Application Insights resource; the Functions host reads it too.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>App setting that selects Entra ID authentication and the identity that sends telemetry.</summary>
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// Exports the worker's logs, traces and metrics, the account counters included, to the
    /// Application Insights resource of <see cref="ConnectionStringSetting"/>. Without a connection
    /// string, as in local runs and tests, nothing is registered and telemetry stays off.
    /// </summary>
    /// <returns>Whether telemetry export was registered.</returns>
    public static bool AddMerchantAccessTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        var credential = TelemetryCredentials.FromAuthenticationString(configuration[AuthenticationSetting]);
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithMetrics(metrics => metrics.AddMeter(AccountEventMetrics.MeterName))
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                options.Credential = credential;
            });
        return true;
    }
}
