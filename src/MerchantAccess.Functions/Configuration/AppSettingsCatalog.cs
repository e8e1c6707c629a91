using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.SecurityCodeSms;
using MerchantAccess.Domain.SelfService;
using MerchantAccess.Functions.Audit;
using MerchantAccess.Functions.Delivery;
using MerchantAccess.Functions.Telemetry;
using MerchantAccess.Infrastructure.Notifications;
using MerchantAccess.Infrastructure.Queues;
using MerchantAccess.Infrastructure.Security;
using MerchantAccess.Infrastructure.Storage;

namespace MerchantAccess.Functions.Configuration;

/// <summary>
/// Every setting the app, the local host and the Functions host read. Start-up validation checks
/// configuration against it, and tests hold it in step with the options classes, the Bicep app
/// settings, <c>local.settings.sample.json</c> and the README.
/// </summary>
public static class AppSettingsCatalog
{
    /// <summary>The setting that App Service sets on every app it runs; its presence means the app runs in Azure.</summary>
    public const string SiteNameSetting = "WEBSITE_SITE_NAME";

    public static IReadOnlyList<AppSetting> All { get; } = [.. HostSettings(), .. SecretSettings(), .. AccountSettings(), .. DeliverySettings(), .. LocalSettings()];

    /// <summary>Finds a setting by its app setting name (<c>__</c> form) or configuration key (<c>:</c> form), ignoring case.</summary>
    public static AppSetting? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        var key = name.Replace("__", ":", StringComparison.Ordinal);
        return All.FirstOrDefault(setting => string.Equals(setting.ConfigurationKey, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The app setting name of a property of an options section, such as <c>MerchantAccess__Accounts__MaxFailedPasswords</c>.</summary>
    public static string OptionName(string sectionName, string property)
    {
        ArgumentNullException.ThrowIfNull(sectionName);

        return sectionName.Replace(":", "__", StringComparison.Ordinal) + "__" + property;
    }

    private static IEnumerable<AppSetting> HostSettings()
    {
        const string Storage = StorageConnection.SettingName;

        yield return new AppSetting("FUNCTIONS_WORKER_RUNTIME")
        {
            Requirement = SettingRequirement.Required,
            Meaning = "Worker runtime of the Functions host: dotnet-isolated. On Flex Consumption it is set by the runtime of the app, not by an app setting.",
            ReadBy = SettingReader.FunctionsHost,
            InAzure = AzureSource.Platform,
            Check = SettingChecks.OneOf("dotnet-isolated"),
        };
        yield return new AppSetting(Storage)
        {
            Requirement = SettingRequirement.Conditional,
            Meaning = "Storage connection string of tables, queues and the Functions host. Locally UseDevelopmentStorage=true (Azurite); in Azure the identity-based AzureWebJobsStorage__ settings replace it.",
            IsSecret = true,
            InAzure = AzureSource.NotSet,
        };
        yield return new AppSetting(Storage + "__accountName")
        {
            Requirement = SettingRequirement.Conditional,
            Meaning = "Storage account reached with a managed identity instead of a connection string.",
            InAzure = AzureSource.AppSetting,
            InLocalSample = false,
            Check = SettingChecks.StorageAccountName,
        };
        yield return new AppSetting(Storage + "__credential")
        {
            Meaning = "managedidentity: the Functions host signs in to storage with the app's managed identity.",
            ReadBy = SettingReader.FunctionsHost,
            InAzure = AzureSource.AppSetting,
            InLocalSample = false,
            Check = SettingChecks.OneOf("managedidentity"),
        };
        yield return new AppSetting(Storage + "__clientId")
        {
            Meaning = "Client id of the user-assigned managed identity that signs in to storage; without it the system-assigned identity or the developer's sign-in is used.",
            InAzure = AzureSource.AppSetting,
            InLocalSample = false,
            Check = SettingChecks.OptionalGuid,
        };
        yield return new AppSetting(Storage + "__tableServiceUri")
        {
            Meaning = "Table endpoint, instead of the one derived from AzureWebJobsStorage__accountName.",
            InLocalSample = false,
            Check = SettingChecks.HttpsUri,
        };
        yield return new AppSetting(Storage + "__queueServiceUri")
        {
            Meaning = "Queue endpoint, instead of the one derived from AzureWebJobsStorage__accountName.",
            InLocalSample = false,
            Check = SettingChecks.HttpsUri,
        };
        yield return new AppSetting(Storage + "__blobServiceUri")
        {
            Meaning = "Blob endpoint of the Functions host, instead of the one derived from AzureWebJobsStorage__accountName.",
            ReadBy = SettingReader.FunctionsHost,
            InLocalSample = false,
            Check = SettingChecks.HttpsUri,
        };
        yield return new AppSetting(DeliveryQueueOptions.QueueNameSetting)
        {
            Default = DeliveryQueueOptions.DefaultQueueName,
            Meaning = "Queue of the delivery function; failed messages end in <name>-poison.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.QueueName,
        };
        yield return new AppSetting(UnlockAuditFunction.ScheduleSetting)
        {
            Requirement = SettingRequirement.Required,
            Meaning = "Six-field NCRONTAB schedule of the unlock audit, in UTC.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.NcrontabSchedule,
        };
        yield return new AppSetting(DeliverySweepFunction.ScheduleSetting)
        {
            Requirement = SettingRequirement.Required,
            Meaning = "Six-field NCRONTAB schedule of the delivery sweep, in UTC, for example every five minutes.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.NcrontabSchedule,
        };
        yield return new AppSetting(TelemetryServiceCollectionExtensions.ConnectionStringSetting)
        {
            Meaning = "Application Insights resource that receives telemetry; empty turns telemetry off.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.ApplicationInsightsConnectionString,
        };
        yield return new AppSetting(TelemetryServiceCollectionExtensions.AuthenticationSetting)
        {
            Meaning = "Authorization=AAD;ClientId=<client id>: telemetry is sent with the managed identity's Entra ID token.",
            InAzure = AzureSource.AppSetting,
            InLocalSample = false,
            Check = SettingChecks.ApplicationInsightsAuthentication,
        };
        yield return new AppSetting(SiteNameSetting)
        {
            Meaning = "Name of the app, set by Azure. When it is present, the app rejects the settings published for local runs.",
            InAzure = AzureSource.Platform,
            InLocalSample = false,
        };

        // Overrides of host.json that the app reads as the Functions host does.
        yield return HostJsonOverride("http__routePrefix", "api", "Prefix of the HTTP routes.", typeof(string), SettingChecks.NotBlank);
        yield return HostJsonOverride("queues__maxDequeueCount", "5", "Attempts of a delivery message before it moves to the poison queue.", typeof(int), SettingChecks.IntegerBetween(1, 100));
        yield return HostJsonOverride("queues__visibilityTimeout", "00:00:05", "Delay before a failed delivery message is tried again.", typeof(TimeSpan), SettingChecks.TimeSpanAtLeast(TimeSpan.Zero));
        yield return HostJsonOverride("queues__maxPollingInterval", "00:00:01", "Longest wait between two polls of an empty queue.", typeof(TimeSpan), SettingChecks.PositiveTimeSpan);
        yield return HostJsonOverride("queues__batchSize", "16", "Messages fetched per poll of the queue.", typeof(int), SettingChecks.IntegerBetween(1, 32));
    }

    private static IEnumerable<AppSetting> SecretSettings()
    {
        const string Section = SecretsOptions.SectionName;

        yield return Option<SecretsOptions>(Section, nameof(SecretsOptions.EncryptionKey)) with
        {
            Requirement = SettingRequirement.Required,
            Meaning = "Base64 of the 32-byte AES-256 key that encrypts company security codes and temporary passwords. In Azure a Key Vault reference.",
            IsSecret = true,
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.Base64Key(32),
        };
        yield return Option<SecretsOptions>(Section, nameof(SecretsOptions.PreviousEncryptionKeys)) with
        {
            Default = "",
            Meaning = "Earlier encryption keys, separated by ';', still accepted for reading after a rotation. In Azure a Key Vault reference while a rotation is in progress.",
            IsSecret = true,
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.Base64KeyList(32),
        };
        yield return Option<SecretsOptions>(Section, nameof(SecretsOptions.TokenSigningKey)) with
        {
            Requirement = SettingRequirement.Required,
            Meaning = "Base64 of the key, at least 32 bytes, that signs access and challenge tokens (HMAC-SHA256). In Azure a Key Vault reference.",
            IsSecret = true,
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.Base64KeyOfAtLeast(32),
        };
    }

    private static IEnumerable<AppSetting> AccountSettings()
    {
        const string Accounts = AccountPolicyOptions.SectionName;
        const string Support = SupportContactOptions.SectionName;

        yield return Option<SupportContactOptions>(Support, nameof(SupportContactOptions.Phone)) with
        {
            Requirement = SettingRequirement.Required,
            Meaning = "Phone number of merchant support, given to users whose account is locked.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.NotBlank,
        };
        yield return Option<SupportContactOptions>(Support, nameof(SupportContactOptions.Email)) with
        {
            Requirement = SettingRequirement.Required,
            Meaning = "E-mail address of merchant support, given to users whose account is locked.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.EmailAddress,
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.MaxFailedPasswords)) with
        {
            Default = "3",
            Meaning = "Consecutive wrong passwords that lock an account; PCI DSS v4.0 requirement 8.3.4 allows at most 10.",
            Check = SettingChecks.IntegerBetween(1, 10),
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.TimedPasswordLockDuration)) with
        {
            Default = "",
            Meaning = "When set, a password lock ends by itself after this time, at least 30 minutes (PCI DSS v4.0 requirement 8.3.4); empty keeps it until a reset.",
            Check = SettingChecks.TimeSpanAtLeast(TimeSpan.FromMinutes(30)),
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.TemporaryPasswordLifetime)) with
        {
            Default = "1.00:00:00",
            Meaning = "How long a temporary password works.",
            Check = SettingChecks.PositiveTimeSpan,
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.PasswordMaxAge)) with
        {
            Default = "90.00:00:00",
            Meaning = "Age after which sign-in asks for a new password (PCI DSS v4.0 requirement 8.3.9: 90 days).",
            Check = SettingChecks.PositiveTimeSpan,
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.ChallengeLifetime)) with
        {
            Default = "00:15:00",
            Meaning = "How long a challenge token of the sign-in steps stays valid.",
            Check = SettingChecks.PositiveTimeSpan,
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.SessionIdleTimeout)) with
        {
            Default = "00:15:00",
            Meaning = "Inactivity that ends a session (PCI DSS v4.0 requirement 8.2.8: 15 minutes).",
            Check = SettingChecks.PositiveTimeSpan,
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.AccessTokenLifetime)) with
        {
            Default = "01:00:00",
            Meaning = "Lifetime of an access token, the longest a session lasts.",
            Check = SettingChecks.PositiveTimeSpan,
        };
        yield return Option<AccountPolicyOptions>(Accounts, nameof(AccountPolicyOptions.MaxSessionsPerUser)) with
        {
            Default = "5",
            Meaning = "Open sessions kept per user; signing in again beyond this ends the oldest.",
            Check = SettingChecks.IntegerBetween(1, 100),
        };
        yield return Option<StorageOptions>(StorageOptions.SectionName, nameof(StorageOptions.TablePrefix)) with
        {
            Default = "",
            Meaning = "Prefix of the table names; tests give each run its own. Empty in Azure, where the template creates the tables.",
            Check = SettingChecks.TablePrefix,
        };
    }

    private static IEnumerable<AppSetting> DeliverySettings()
    {
        const string Delivery = DeliveryOptions.SectionName;

        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.Transport)) with
        {
            Default = "outbox",
            Meaning = "How e-mail and SMS leave: outbox writes files for local runs, acs sends through Azure Communication Services.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.OneOf("outbox", "acs"),
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.OutboxPath)) with
        {
            Default = ".local/outbox",
            Meaning = "Folder of the outbox transport: one .eml file per e-mail, one .json file per SMS.",
            Check = SettingChecks.NotBlank,
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.SenderAddress)) with
        {
            Default = "no-reply@merchantaccess.local",
            Meaning = "Sender address of e-mails; with acs, an address of a domain linked to the Communication Services resource.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.EmailAddress,
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.SenderName)) with
        {
            Default = "Merchant Back Office",
            Meaning = "Display name of the sender of e-mails.",
            InAzure = AzureSource.AppSetting,
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.SmsSender)) with
        {
            Default = "",
            Meaning = "SMS sender with acs: a phone number of the Communication Services resource in E.164, or an alphanumeric sender id. While empty, SMS requests answer 503 sms_unavailable.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.SmsSender,
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.AcsEndpoint)) with
        {
            Requirement = SettingRequirement.Conditional,
            Default = "",
            Meaning = "Endpoint of the Communication Services resource, https://<resource>.communication.azure.com; required when Transport is acs.",
            InAzure = AzureSource.AppSetting,
            Check = value => value.Length == 0 ? null : SettingChecks.HttpsUri(value),
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.AcsAuthentication)) with
        {
            Default = "managedIdentity",
            Meaning = "How the app signs in to Communication Services: managedIdentity (Entra ID) or accessKey.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.OneOf("managedIdentity", "accessKey"),
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.AcsAccessKey)) with
        {
            Requirement = SettingRequirement.Conditional,
            Default = "",
            Meaning = "Base64 access key of the Communication Services resource; required when AcsAuthentication is accessKey, and then a Key Vault reference in Azure.",
            IsSecret = true,
            Check = value => value.Length == 0 ? null : SettingChecks.Base64KeyOfAtLeast(16)(value),
        };
        yield return Option<DeliveryOptions>(Delivery, nameof(DeliveryOptions.ManagedIdentityClientId)) with
        {
            Default = "",
            Meaning = "Client id of the user-assigned managed identity that signs in to Communication Services; empty uses the default Azure credential.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.OptionalGuid,
        };
        yield return Option<AuditSummaryOptions>(AuditSummaryOptions.SectionName, nameof(AuditSummaryOptions.SupportMailbox)) with
        {
            Default = "",
            Meaning = "Address that receives the summary of each unlock audit; empty sends no summary.",
            InAzure = AzureSource.AppSetting,
            Check = SettingChecks.OptionalEmailAddress,
        };
        yield return Option<AuditOptions>(AuditOptions.SectionName, nameof(AuditOptions.InactivityLimit)) with
        {
            Default = "90.00:00:00",
            Meaning = "Time without use after which the audit disables an account (PCI DSS v4.0 requirement 8.2.6: at most 90 days).",
            Check = SettingChecks.PositiveTimeSpan,
        };
        yield return Option<AuditOptions>(AuditOptions.SectionName, nameof(AuditOptions.CompanyLockThreshold)) with
        {
            Default = "5",
            Meaning = "Locks in one company during a report's period from which the audit reports an anomaly.",
            Check = SettingChecks.IntegerBetween(1, 100000),
        };
        yield return Option<AuditOptions>(AuditOptions.SectionName, nameof(AuditOptions.RelockWindow)) with
        {
            Default = "1.00:00:00",
            Meaning = "An account locked again within this time after an unlock is reported as an anomaly.",
            Check = SettingChecks.PositiveTimeSpan,
        };
        yield return Option<SmsOptions>(SmsOptions.SectionName, nameof(SmsOptions.MaxPerUserPerHour)) with
        {
            Default = "3",
            Meaning = "SMS of the security code per user and hour; the limit guards against SMS pumping.",
            Check = SettingChecks.IntegerBetween(1, 1000),
        };
        yield return Option<SmsOptions>(SmsOptions.SectionName, nameof(SmsOptions.MaxPerCompanyPerHour)) with
        {
            Default = "30",
            Meaning = "SMS of the security code per company and hour.",
            Check = SettingChecks.IntegerBetween(1, 1000),
        };
        yield return Option<SmsOptions>(SmsOptions.SectionName, nameof(SmsOptions.MaxPerNumberPerHour)) with
        {
            Default = "3",
            Meaning = "SMS per destination phone number and hour.",
            Check = SettingChecks.IntegerBetween(1, 1000),
        };
        yield return Option<SelfServiceOptions>(SelfServiceOptions.SectionName, nameof(SelfServiceOptions.MaxPerLoginPerHour)) with
        {
            Default = "5",
            Meaning = "Forgotten-password requests per login and hour; more are answered alike and send nothing.",
            Check = SettingChecks.IntegerBetween(1, 1000),
        };
        yield return Option<SelfServiceOptions>(SelfServiceOptions.SectionName, nameof(SelfServiceOptions.MaxPerAddressPerMinute)) with
        {
            Default = "10",
            Meaning = "Forgotten-password requests per client address and minute; more are answered alike and send nothing.",
            Check = SettingChecks.IntegerBetween(5, 1000),
        };
    }

    private static IEnumerable<AppSetting> LocalSettings()
    {
        yield return new AppSetting("MerchantAccess__DemoData__Path")
        {
            Meaning = "Demo data file that the local host seeds at start-up; unset seeds nothing.",
            ReadBy = SettingReader.LocalHost,
            Check = SettingChecks.ExistingFile,
        };
        yield return new AppSetting("MERCHANTACCESS_PORT")
        {
            Default = "7071",
            Meaning = "Port of the local host on 127.0.0.1; 0 picks a free port. An environment variable of run.sh.",
            ReadBy = SettingReader.LocalHost,
            InLocalSample = false,
            ValueType = typeof(int),
            Check = SettingChecks.Port,
        };
        yield return new AppSetting("MerchantAccess__LocalHost__WebRoot")
        {
            Meaning = "Folder of the front end that the local host serves at /; by default the first web/ folder with an index.html in the working directory or a parent.",
            ReadBy = SettingReader.LocalHost,
            InLocalSample = false,
            Check = SettingChecks.ExistingDirectory,
        };
    }

    /// <summary>A setting bound to a property of an options class; its value is checked against the property's type.</summary>
    private static AppSetting Option<TOptions>(string sectionName, string property)
        where TOptions : class
    {
        var info = typeof(TOptions).GetProperty(property)
            ?? throw new InvalidOperationException($"{typeof(TOptions).Name} has no property {property}.");
        return new AppSetting(OptionName(sectionName, property)) { BoundProperty = info, ValueType = info.PropertyType };
    }

    /// <summary>A setting that overrides <c>extensions.{path}</c> of host.json, whose value is <paramref name="hostJsonValue"/>.</summary>
    private static AppSetting HostJsonOverride(string path, string hostJsonValue, string meaning, Type valueType, SettingCheck check) =>
        new("AzureFunctionsJobHost__extensions__" + path)
        {
            Default = hostJsonValue,
            Meaning = meaning + " Overrides host.json, whose value is the default.",
            InLocalSample = false,
            ValueType = valueType,
            Check = check,
        };
}
