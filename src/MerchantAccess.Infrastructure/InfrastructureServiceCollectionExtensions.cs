using Azure.Storage.Queues;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Secrets;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Infrastructure.Audit;
using MerchantAccess.Infrastructure.Notifications;
using MerchantAccess.Infrastructure.Queues;
using MerchantAccess.Infrastructure.Security;
using MerchantAccess.Infrastructure.Seeding;
using MerchantAccess.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName));
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.SectionName));
        services.AddOptions<AuditSummaryOptions>().Bind(configuration.GetSection(AuditSummaryOptions.SectionName));
        services.AddOptions<DeliveryQueueOptions>().Configure(options =>
            options.QueueName = configuration[DeliveryQueueOptions.QueueNameSetting] ?? DeliveryQueueOptions.DefaultQueueName);

        services.AddSingleton(_ => StorageConnection.CreateTableServiceClient(configuration));
        services.AddSingleton(_ => StorageConnection.CreateQueueServiceClient(
            configuration,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));

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
        services.AddSingleton<IEmailSender, OutboxEmailSender>();
        services.AddSingleton<DemoDataSeeder>();
        return services;
    }
}
