using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.FirstConnection;
using MerchantAccess.Domain.Lockout;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.PasswordReset;
using MerchantAccess.Domain.SecurityCodeSms;
using MerchantAccess.Domain.SelfService;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Domain.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MerchantAccess.Domain;

/// <summary>Registers the domain services; the ports they use are registered by the infrastructure.</summary>
public static class DomainServiceCollectionExtensions
{
    public static IServiceCollection AddMerchantAccessDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TemporaryPasswordGenerator>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<SessionOpener>();
        services.AddSingleton<AccountLookup>();
        services.AddSingleton<AccountUpdater>();
        services.AddSingleton<ResetIssuer>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<SecurityCodeService>();
        services.AddSingleton<NewPasswordService>();
        services.AddSingleton<SessionAuthenticator>();
        services.AddSingleton<PasswordResetService>();
        services.AddSingleton<DeliveryService>();
        services.AddSingleton<DeliveryRecorder>();
        services.AddSingleton<DeliverySweepService>();
        services.AddSingleton<SecurityCodeSmsService>();
        services.AddSingleton<UserSearchService>();
        services.AddSingleton<UnlockAuditService>();
        services.AddSingleton<AuditMaintenance>();
        services.AddSingleton<AuditSummaryDelivery>();
        services.AddSingleton<PasswordLockout>();
        services.AddSingleton<UnlockService>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<PasswordChangeService>();
        services.AddSingleton<UserAdministrationService>();
        services.AddSingleton<AccountEventService>();
        services.AddSingleton<SelfServiceResetService>();
        return services;
    }
}
