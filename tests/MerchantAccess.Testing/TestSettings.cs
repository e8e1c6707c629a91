using System.Security.Cryptography;

namespace MerchantAccess.Testing;

/// <summary>
/// Settings for one isolated test host: its own tables, queue and outbox folder, so test classes
/// running at the same time on one Azurite never see each other's data.
/// </summary>
public static class TestSettings
{
    public static string EncryptionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string TokenSigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public const string SupportPhone = "+33 1 70 00 00 00";
    public const string SupportEmail = "support-marchands@banque.example";

    /// <summary>A short random name part of lowercase letters and digits, starting with a letter.</summary>
    public static string UniqueName() => "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    public static Dictionary<string, string?> Create(string outboxPath)
    {
        var name = UniqueName();
        return new Dictionary<string, string?>
        {
            ["MERCHANTACCESS_PORT"] = "0",
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["DeliveryQueueName"] = name + "-deliveries",
            ["UnlockAuditSchedule"] = "0 0 6 * * *",
            // Once a year, so the sweep runs only when a test starts it through the admin route.
            ["DeliverySweepSchedule"] = "0 0 0 1 1 *",
            ["MerchantAccess:Storage:TablePrefix"] = name,
            ["MerchantAccess:Secrets:EncryptionKey"] = EncryptionKey,
            ["MerchantAccess:Secrets:TokenSigningKey"] = TokenSigningKey,
            ["MerchantAccess:Support:Phone"] = SupportPhone,
            ["MerchantAccess:Support:Email"] = SupportEmail,
            ["MerchantAccess:Delivery:Transport"] = "outbox",
            ["MerchantAccess:Delivery:OutboxPath"] = outboxPath,
            ["MerchantAccess:DemoData:Path"] = RepositoryPaths.DemoData,
            // Failed deliveries are retried at once so that poison-queue tests finish quickly.
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        };
    }
}
