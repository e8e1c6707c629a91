using MerchantAccess.Infrastructure.Notifications;
using MerchantAccess.Infrastructure.Security;
using MerchantAccess.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;

namespace MerchantAccess.Functions.Configuration;

/// <summary>
/// Checks configuration against <see cref="AppSettingsCatalog"/> at start-up: required settings
/// are present, every value is valid, settings that depend on each other agree, and in Azure no
/// value published for local runs is in use. Messages name the setting and never show a secret.
/// </summary>
public static class AppSettingsValidator
{
    private const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";
    private const int ShownValueLength = 80;

    private static readonly string Transport = AppSettingsCatalog.OptionName(DeliveryOptions.SectionName, nameof(DeliveryOptions.Transport));
    private static readonly string SenderAddress = AppSettingsCatalog.OptionName(DeliveryOptions.SectionName, nameof(DeliveryOptions.SenderAddress));
    private static readonly string AcsEndpoint = AppSettingsCatalog.OptionName(DeliveryOptions.SectionName, "AcsEndpoint");
    private static readonly string AcsAuthentication = AppSettingsCatalog.OptionName(DeliveryOptions.SectionName, "AcsAuthentication");
    private static readonly string AcsAccessKey = AppSettingsCatalog.OptionName(DeliveryOptions.SectionName, "AcsAccessKey");
    private static readonly string EncryptionKey = AppSettingsCatalog.OptionName(SecretsOptions.SectionName, nameof(SecretsOptions.EncryptionKey));
    private static readonly string TokenSigningKey = AppSettingsCatalog.OptionName(SecretsOptions.SectionName, nameof(SecretsOptions.TokenSigningKey));

    /// <summary>Validates <paramref name="configuration"/> and stops the app when anything is wrong.</summary>
    /// <exception cref="InvalidSettingsException">At least one setting is missing or invalid; the exception lists them all.</exception>
    public static void ThrowIfInvalid(IConfiguration configuration)
    {
        var problems = Validate(configuration);
        if (problems.Count > 0)
        {
            throw new InvalidSettingsException(problems);
        }
    }

    /// <summary>Returns every missing or invalid setting of <paramref name="configuration"/>, in catalog order.</summary>
    public static IReadOnlyList<SettingProblem> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var problems = new List<SettingProblem>();
        foreach (var setting in AppSettingsCatalog.All)
        {
            CheckSetting(configuration, setting, problems);
        }

        CheckStorageConnection(configuration, problems);
        CheckDeliveryTransport(configuration, problems);
        if (RunsInAzure(configuration))
        {
            CheckAzureDeployment(configuration, problems);
        }

        return problems;
    }

    /// <summary>Whether the app runs on Azure App Service or Functions, which set <c>WEBSITE_SITE_NAME</c>.</summary>
    public static bool RunsInAzure(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        return !string.IsNullOrWhiteSpace(configuration[AppSettingsCatalog.SiteNameSetting]);
    }

    private static void CheckSetting(IConfiguration configuration, AppSetting setting, List<SettingProblem> problems)
    {
        var value = configuration[setting.ConfigurationKey];
        if (string.IsNullOrWhiteSpace(value)
            && setting.Requirement == SettingRequirement.Required
            && setting.ReadBy != SettingReader.FunctionsHost)
        {
            // The Functions host checks its own settings; the local host runs without them.
            problems.Add(new(setting.Name, $"{setting.Name} is missing. It is required: {setting.Meaning}"));
            return;
        }

        if (value is null)
        {
            return;
        }

        if (value.StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase))
        {
            // The platform leaves the reference itself in place when it cannot resolve it.
            problems.Add(new(setting.Name,
                $"{setting.Name} is a Key Vault reference that was not resolved. Check that the secret exists and that the app's identity has Key Vault Secrets User on the vault (docs/deploy.md)."));
            return;
        }

        var rule = SettingChecks.ForType(setting.ValueType)(value) ?? setting.Check?.Invoke(value);
        if (rule is not null)
        {
            problems.Add(new(setting.Name, Describe(setting, value, rule)));
        }
    }

    /// <summary>Storage is reached with a connection string, or with a managed identity and an account name or endpoints.</summary>
    private static void CheckStorageConnection(IConfiguration configuration, List<SettingProblem> problems)
    {
        var storage = configuration.GetSection(StorageConnection.SettingName);
        var hasConnectionString = !string.IsNullOrWhiteSpace(configuration[StorageConnection.SettingName]);
        var hasAccountName = !string.IsNullOrWhiteSpace(storage["accountName"]);
        var hasEndpoints = !string.IsNullOrWhiteSpace(storage["tableServiceUri"]) && !string.IsNullOrWhiteSpace(storage["queueServiceUri"]);
        if (!hasConnectionString && !hasAccountName && !hasEndpoints)
        {
            problems.Add(new(StorageConnection.SettingName,
                $"{StorageConnection.SettingName} is missing. Set it to a connection string ({DevelopmentSettings.StorageConnectionString} for Azurite), "
                + $"or set {StorageConnection.SettingName}__accountName to reach storage with a managed identity."));
        }
    }

    /// <summary>The settings that only the Communication Services transport needs are required once it is chosen.</summary>
    private static void CheckDeliveryTransport(IConfiguration configuration, List<SettingProblem> problems)
    {
        if (Value(configuration, Transport) != "acs")
        {
            return;
        }

        foreach (var name in new[] { AcsEndpoint, SenderAddress })
        {
            if (string.IsNullOrWhiteSpace(Value(configuration, name)))
            {
                problems.Add(new(name, $"{name} is missing. It is required when {Transport} is acs."));
            }
        }

        if (Value(configuration, AcsAuthentication) == "accessKey" && string.IsNullOrWhiteSpace(Value(configuration, AcsAccessKey)))
        {
            problems.Add(new(AcsAccessKey, $"{AcsAccessKey} is missing. It is required when {AcsAuthentication} is accessKey."));
        }
    }

    /// <summary>Values published for local runs must never protect real accounts.</summary>
    private static void CheckAzureDeployment(IConfiguration configuration, List<SettingProblem> problems)
    {
        if (Value(configuration, EncryptionKey) == DevelopmentSettings.EncryptionKey)
        {
            problems.Add(new(EncryptionKey, PublishedKeyMessage(EncryptionKey)));
        }

        if (Value(configuration, TokenSigningKey) == DevelopmentSettings.TokenSigningKey)
        {
            problems.Add(new(TokenSigningKey, PublishedKeyMessage(TokenSigningKey)));
        }

        var connectionString = configuration[StorageConnection.SettingName] ?? "";
        if (connectionString.Contains("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(StorageConnection.SettingName,
                $"{StorageConnection.SettingName} points at the local storage emulator, which does not exist in Azure. Use {StorageConnection.SettingName}__accountName with the managed identity."));
        }
        else if (connectionString.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("SharedAccessSignature=", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(StorageConnection.SettingName,
                $"{StorageConnection.SettingName} holds a storage key, and the storage account of the deployment accepts none. Use {StorageConnection.SettingName}__accountName with the managed identity."));
        }

        if (Value(configuration, Transport) is null or "outbox")
        {
            problems.Add(new(Transport,
                $"{Transport} is outbox, which writes e-mails to files on the instance where no user receives them. Set it to acs in Azure."));
        }
    }

    private static string PublishedKeyMessage(string name) =>
        $"{name} is the development key published in local.settings.sample.json and cannot be used in Azure. "
        + "Create a key of its own in Key Vault (docs/deploy.md).";

    private static string Describe(AppSetting setting, string value, string rule)
    {
        if (setting.IsSecret)
        {
            return $"{setting.Name} {rule}.";
        }

        var shown = value.Length <= ShownValueLength ? value : value[..ShownValueLength] + "…";
        return $"{setting.Name} {rule}; it is '{shown}'.";
    }

    private static string? Value(IConfiguration configuration, string name) =>
        configuration[name.Replace("__", ":", StringComparison.Ordinal)];
}
