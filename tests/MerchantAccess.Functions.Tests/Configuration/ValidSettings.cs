using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace MerchantAccess.Functions.Tests.Configuration;

/// <summary>Settings that pass validation, in the app setting form, for tests to change one at a time.</summary>
public static class ValidSettings
{
    public static Dictionary<string, string?> Local() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["UnlockAuditSchedule"] = "0 0 6 * * *",
        ["DeliverySweepSchedule"] = "0 */5 * * * *",
        ["MerchantAccess__Secrets__EncryptionKey"] = Key(32),
        ["MerchantAccess__Secrets__TokenSigningKey"] = Key(48),
        ["MerchantAccess__Support__Phone"] = "+33 1 70 00 00 00",
        ["MerchantAccess__Support__Email"] = "support-marchands@banque.example",
    };

    /// <summary>Settings as infra/main.bicep gives them to the function app, with the secrets resolved.</summary>
    public static Dictionary<string, string?> Azure()
    {
        var settings = Local();
        settings.Remove("AzureWebJobsStorage");
        settings["WEBSITE_SITE_NAME"] = "func-abc123";
        settings["AzureWebJobsStorage__accountName"] = "stabc123";
        settings["AzureWebJobsStorage__credential"] = "managedidentity";
        settings["AzureWebJobsStorage__clientId"] = "6f1b5d0e-2a8c-4a53-9c53-1f0d7f3a9b21";
        settings["MerchantAccess__Delivery__Transport"] = "acs";
        settings["MerchantAccess__Delivery__AcsEndpoint"] = "https://acs-abc123.communication.azure.com";
        settings["MerchantAccess__Delivery__SenderAddress"] = "DoNotReply@0c5d.azurecomm.net";
        return settings;
    }

    public static string Key(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>Configuration as the hosts build it from app settings, where <c>__</c> separates sections.</summary>
    public static IConfiguration Build(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(pair => KeyValuePair.Create(pair.Key.Replace("__", ":", StringComparison.Ordinal), pair.Value)))
            .Build();
}
