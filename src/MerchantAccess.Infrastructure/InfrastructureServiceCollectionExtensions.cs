using Azure.Storage.Queues;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.RateLimiting;
using MerchantAccess.Domain.SecurityCodeSms;
using MerchantAccess.Domain.SelfService;
using MerchantAccess.Domain.Secrets;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Infrastructure.Audit;
using MerchantAccess.Infrastructure.Notifications;
using MerchantAccess.Infrastructure.Notifications.Acs;
using MerchantAccess.Infrastructure.Queues;
using MerchantAccess.Infrastructure.RateLimiting;
using MerchantAccess.Infrastructure.Security;
using MerchantAccess.Infrastructure.Seeding;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Infrastructure.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure;

/// <summary>Registers storage, queues, security and notification transports from configuration.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddMerchantAccessInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccountPolicyOptions>().Bind(configuration.GetSection(AccountPolicyOptions.SectionName));
        services.AddOptions<SupportContactOptions>().Bind(configuration.GetSection(SupportContactOptions.SectionName));
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddOptions<SecretsOptions>().Bind(configuration.GetSection(SecretsOptions.SectionName));
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddOptions<SelfServiceOptions>().Bind(configuration.GetSection(SelfServiceOptions.SectionName));
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.SectionName))
            .Validate(
                options => options is { MaxPerUserPerHour: >= 1 and <= RateLimitRule.MaxLimit, MaxPerCompanyPerHour: >= 1 and <= RateLimitRule.MaxLimit, MaxPerNumberPerHour: >= 1 and <= RateLimitRule.MaxLimit },
                $"MerchantAccess__Sms__MaxPerUserPerHour, __MaxPerCompanyPerHour and __MaxPerNumberPerHour must be whole numbers from 1 to {RateLimitRule.MaxLimit}.")
            .ValidateOnStart();
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.SectionName));
        services.AddOptions<AuditSummaryOptions>().Bind(configuration.GetSection(AuditSummaryOptions.SectionName));
        services.AddOptions<DeliveryQueueOptions>().Configure(options =>
            options.QueueName = configuration[DeliveryQueueOptions.QueueNameSetting] ?? DeliveryQueueOptions.DefaultQueueName);

        services.AddSingleton(_ => StorageConnection.CreateTableServiceClient(configuration));
        services.AddSingleton(_ => StorageConnection.CreateQueueServiceClient(
            configuration,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));

        services.AddMetrics();
        services.AddSingleton<AccountEventMetrics>();
        services.AddSingleton<TableAccountStore>();
        services.AddSingleton<IAccountStore>(provider => provider.GetRequiredService<TableAccountStore>());
        services.AddSingleton(_ => StorageConnection.CreateBlobServiceClient(configuration));
        services.AddSingleton<IAuditIndex, TableAuditIndex>();
        services.AddSingleton<BlobAuditReportStore>();
        services.AddSingleton<IAuditReportStore>(provider => provider.GetRequiredService<BlobAuditReportStore>());
        services.AddSingleton<StorageDeliveryQueue>();
        services.AddSingleton<IDeliveryQueue>(provider => provider.GetRequiredService<StorageDeliveryQueue>());

        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddSingleton<ISecretProtector, AesGcmSecretProtector>();
        services.AddSingleton<ITokenService, JwtTokenService>();
        services.AddSingleton<TableRateLimiter>();
        services.AddSingleton<IRateLimiter>(provider => provider.GetRequiredService<TableRateLimiter>());
        AddDeliveryTransports(services);
        services.AddSingleton<DemoDataSeeder>();
        return services;
    }

    /// <summary>
    /// Registers the e-mail and SMS transports that <c>MerchantAccess:Delivery:Transport</c> chooses.
    /// The ACS classes are built only when chosen, so a local run never creates an Azure credential.
    /// </summary>
    private static void AddDeliveryTransports(IServiceCollection services)
    {
        services.AddOptions<AcsClientOptions>();
        services.AddSingleton<AcsPipeline>();
        services.AddSingleton<AcsEmailSender>();
        services.AddSingleton<AcsSmsSender>();
        services.AddSingleton<OutboxEmailSender>();
        services.AddSingleton<OutboxSmsSender>();
        services.AddSingleton<IEmailSender>(provider => UsesAcs(provider)
            ? provider.GetRequiredService<AcsEmailSender>()
            : provider.GetRequiredService<OutboxEmailSender>());
        services.AddSingleton<ISmsSender>(provider => UsesAcs(provider)
            ? provider.GetRequiredService<AcsSmsSender>()
            : provider.GetRequiredService<OutboxSmsSender>());
    }

    private static bool UsesAcs(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.UsesAcs;
}
