using MerchantAccess.Functions.Configuration;

namespace MerchantAccess.Functions.Tests.Configuration;

public sealed class AppSettingsValidatorTests
{
    [Fact]
    public void Valid_local_settings_pass()
    {
        var problems = AppSettingsValidator.Validate(ValidSettings.Build(ValidSettings.Local()));

        Assert.Empty(problems);
    }

    [Fact]
    public void Valid_azure_settings_pass()
    {
        var problems = AppSettingsValidator.Validate(ValidSettings.Build(ValidSettings.Azure()));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("MerchantAccess__Secrets__EncryptionKey")]
    [InlineData("MerchantAccess__Secrets__TokenSigningKey")]
    [InlineData("UnlockAuditSchedule")]
    [InlineData("MerchantAccess__Support__Phone")]
    [InlineData("MerchantAccess__Support__Email")]
    public void Missing_required_setting_is_named(string name)
    {
        var settings = ValidSettings.Local();
        settings.Remove(name);

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal(name, problem.Setting);
        Assert.StartsWith($"{name} is missing.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_required_setting_is_missing()
    {
        var settings = ValidSettings.Local();
        settings["MerchantAccess__Support__Email"] = "  ";

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Contains("is missing", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MerchantAccess__Accounts__MaxFailedPasswords", "11", "from 1 to 10")]
    [InlineData("MerchantAccess__Accounts__MaxFailedPasswords", "three", "whole number")]
    [InlineData("MerchantAccess__Accounts__MaxFailedPasswords", "", "whole number")]
    [InlineData("MerchantAccess__Accounts__TimedPasswordLockDuration", "00:10:00", "at least 00:30:00")]
    [InlineData("MerchantAccess__Accounts__TemporaryPasswordLifetime", "tomorrow", "time span")]
    [InlineData("MerchantAccess__Accounts__SessionIdleTimeout", "00:00:00", "longer than zero")]
    [InlineData("MerchantAccess__Accounts__MaxSessionsPerUser", "0", "from 1 to 100")]
    [InlineData("MerchantAccess__Storage__TablePrefix", "1runs", "starting with a letter")]
    [InlineData("DeliveryQueueName", "Deliveries", "lowercase letters")]
    [InlineData("DeliveryQueueName", "deliveries-", "single hyphens")]
    [InlineData("UnlockAuditSchedule", "0 6 * * *", "six-field NCRONTAB")]
    [InlineData("UnlockAuditSchedule", "0 0 25 * * *", "six-field NCRONTAB")]
    [InlineData("MerchantAccess__Support__Email", "support at bank", "e-mail address")]
    [InlineData("MerchantAccess__Delivery__Transport", "smtp", "'outbox' or 'acs'")]
    [InlineData("MerchantAccess__Delivery__SenderAddress", "Support <support@bank.example>", "e-mail address")]
    [InlineData("MerchantAccess__Delivery__SmsSender", "06 12 34 56 78", "E.164")]
    [InlineData("MerchantAccess__Delivery__AcsEndpoint", "http://acs.communication.azure.com", "https://")]
    [InlineData("MerchantAccess__Delivery__AcsAuthentication", "key", "'managedIdentity' or 'accessKey'")]
    [InlineData("MerchantAccess__Delivery__ManagedIdentityClientId", "my-identity", "GUID")]
    [InlineData("MerchantAccess__Sms__MaxPerUserPerHour", "0", "from 1 to 1000")]
    [InlineData("AzureWebJobsStorage__accountName", "St-Account", "storage account name")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "https://example.invalid", "InstrumentationKey")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "ClientId=6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21", "Authorization=AAD")]
    [InlineData("AzureFunctionsJobHost__extensions__queues__maxDequeueCount", "0", "from 1 to 100")]
    [InlineData("MERCHANTACCESS_PORT", "70000", "from 0 to 65535")]
    [InlineData("MerchantAccess__DemoData__Path", "no/such/demo.json", "existing file")]
    public void Invalid_value_is_named_with_rule(string name, string value, string rule)
    {
        var settings = ValidSettings.Local();
        settings[name] = value;

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal(name, problem.Setting);
        Assert.StartsWith(name + " ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(rule, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MerchantAccess__Secrets__EncryptionKey", "c2hvcnQta2V5")]
    [InlineData("MerchantAccess__Secrets__TokenSigningKey", "not base64 at all")]
    [InlineData("MerchantAccess__Secrets__PreviousEncryptionKeys", "c2hvcnQta2V5")]
    [InlineData("AzureWebJobsStorage", "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=c2VjcmV0")]
    public void Secret_value_stays_out_of_message(string name, string value)
    {
        var settings = ValidSettings.Local();
        settings[name] = value;
        settings["WEBSITE_SITE_NAME"] = "func-abc123";

        var problems = AppSettingsValidator.Validate(ValidSettings.Build(settings));

        Assert.Contains(problems, problem => problem.Setting == name);
        Assert.All(problems, problem => Assert.DoesNotContain(value, problem.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MerchantAccess__Secrets__PreviousEncryptionKeys", "")]
    [InlineData("MerchantAccess__Accounts__TimedPasswordLockDuration", "")]
    [InlineData("MerchantAccess__Accounts__TimedPasswordLockDuration", "00:30:00")]
    [InlineData("MerchantAccess__Delivery__SmsSender", "")]
    [InlineData("MerchantAccess__Delivery__SmsSender", "+33612345678")]
    [InlineData("MerchantAccess__Delivery__SmsSender", "BANQUE")]
    [InlineData("MerchantAccess__Delivery__SupportMailbox", "")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "Authorization=AAD")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", "dotnet-isolated")]
    [InlineData("DeliveryQueueName", "merchant-deliveries-2")]
    public void Accepted_value_passes(string name, string value)
    {
        var settings = ValidSettings.Local();
        settings[name] = value;

        Assert.Empty(AppSettingsValidator.Validate(ValidSettings.Build(settings)));
    }

    [Fact]
    public void Previous_keys_accept_several_keys()
    {
        var settings = ValidSettings.Local();
        settings["MerchantAccess__Secrets__PreviousEncryptionKeys"] = ValidSettings.Key(32) + ";" + ValidSettings.Key(32);

        Assert.Empty(AppSettingsValidator.Validate(ValidSettings.Build(settings)));
    }

    [Fact]
    public void Storage_without_connection_is_named()
    {
        var settings = ValidSettings.Local();
        settings.Remove("AzureWebJobsStorage");

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal("AzureWebJobsStorage", problem.Setting);
        Assert.Contains("AzureWebJobsStorage__accountName", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_endpoints_replace_connection()
    {
        var settings = ValidSettings.Local();
        settings.Remove("AzureWebJobsStorage");
        settings["AzureWebJobsStorage__tableServiceUri"] = "https://stabc123.table.core.windows.net";
        settings["AzureWebJobsStorage__queueServiceUri"] = "https://stabc123.queue.core.windows.net";

        Assert.Empty(AppSettingsValidator.Validate(ValidSettings.Build(settings)));
    }

    [Fact]
    public void Acs_transport_requires_endpoint_and_sender()
    {
        var settings = ValidSettings.Local();
        settings["MerchantAccess__Delivery__Transport"] = "acs";

        var problems = AppSettingsValidator.Validate(ValidSettings.Build(settings));

        Assert.Equal(["MerchantAccess__Delivery__AcsEndpoint", "MerchantAccess__Delivery__SenderAddress"], problems.Select(problem => problem.Setting));
        Assert.All(problems, problem => Assert.Contains("required when MerchantAccess__Delivery__Transport is acs", problem.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Access_key_authentication_requires_key()
    {
        var settings = ValidSettings.Azure();
        settings["MerchantAccess__Delivery__AcsAuthentication"] = "accessKey";

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal("MerchantAccess__Delivery__AcsAccessKey", problem.Setting);
    }

    [Fact]
    public void Unresolved_key_vault_reference_is_named()
    {
        var settings = ValidSettings.Azure();
        settings["MerchantAccess__Secrets__EncryptionKey"] = "@Microsoft.KeyVault(SecretUri=https://kv-abc123.vault.azure.net/secrets/encryption-key/)";

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal("MerchantAccess__Secrets__EncryptionKey", problem.Setting);
        Assert.Contains("Key Vault reference that was not resolved", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MerchantAccess__Secrets__EncryptionKey", DevelopmentSettings.EncryptionKey)]
    [InlineData("MerchantAccess__Secrets__TokenSigningKey", DevelopmentSettings.TokenSigningKey)]
    public void Azure_rejects_published_development_key(string name, string key)
    {
        var settings = ValidSettings.Azure();
        settings[name] = key;

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal(name, problem.Setting);
        Assert.Contains("development key published in local.settings.sample.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_run_accepts_published_development_keys()
    {
        var settings = ValidSettings.Local();
        settings["MerchantAccess__Secrets__EncryptionKey"] = DevelopmentSettings.EncryptionKey;
        settings["MerchantAccess__Secrets__TokenSigningKey"] = DevelopmentSettings.TokenSigningKey;

        Assert.Empty(AppSettingsValidator.Validate(ValidSettings.Build(settings)));
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "local storage emulator")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=stabc123;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net", "holds a storage key")]
    public void Azure_rejects_storage_connection_string(string connectionString, string reason)
    {
        var settings = ValidSettings.Azure();
        settings["AzureWebJobsStorage"] = connectionString;

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal("AzureWebJobsStorage", problem.Setting);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outbox")]
    [InlineData(null)]
    public void Azure_rejects_outbox_transport(string? transport)
    {
        var settings = ValidSettings.Azure();
        settings["MerchantAccess__Delivery__Transport"] = transport;

        var problem = Assert.Single(AppSettingsValidator.Validate(ValidSettings.Build(settings)));

        Assert.Equal("MerchantAccess__Delivery__Transport", problem.Setting);
    }

    [Fact]
    public void Exception_lists_every_problem()
    {
        var settings = ValidSettings.Local();
        settings.Remove("MerchantAccess__Secrets__EncryptionKey");
        settings["MerchantAccess__Accounts__MaxFailedPasswords"] = "12";

        var exception = Assert.Throws<InvalidSettingsException>(() => AppSettingsValidator.ThrowIfInvalid(ValidSettings.Build(settings)));

        Assert.Equal(2, exception.Problems.Count);
        Assert.Contains("- MerchantAccess__Secrets__EncryptionKey is missing.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("- MerchantAccess__Accounts__MaxFailedPasswords must be a whole number from 1 to 10; it is '12'.", exception.Message, StringComparison.Ordinal);
    }
}
