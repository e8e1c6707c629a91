using MerchantAccess.Domain;
using MerchantAccess.Functions.Configuration;
using MerchantAccess.Functions.Http;
using MerchantAccess.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.Functions;

/// <summary>
/// Registers everything the functions need. The Functions worker and the local host both call it,
/// so the two run the function classes with the same services.
/// </summary>
public static class FunctionAppServiceCollectionExtensions
{
    /// <exception cref="InvalidSettingsException">A setting is missing or invalid; the message names each one.</exception>
    public static IServiceCollection AddMerchantAccessFunctions(this IServiceCollection services, IConfiguration configuration, string appDirectory)
    {
        // Checked before anything is registered, so that a bad setting stops the app at start-up
        // with its name rather than at the first request that needs it.
        AppSettingsValidator.ThrowIfInvalid(configuration);

        services.AddMerchantAccessDomain();
        services.AddMerchantAccessInfrastructure(configuration);
        services.AddSingleton(HostJsonSettings.Load(appDirectory, configuration));
        services.AddSingleton<ProblemResults>();
        services.AddSingleton<ApiHandler>();
        return services;
    }
}
