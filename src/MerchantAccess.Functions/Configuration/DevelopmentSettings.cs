namespace MerchantAccess.Functions.Configuration;

/// <summary>
/// The values that <c>local.settings.sample.json</c> publishes for local runs. Anyone can read
/// them in the repository, so the app does not start with them in Azure. A test keeps this list
/// equal to the sample file.
/// </summary>
public static class DevelopmentSettings
{
    public const string EncryptionKey = "Nw3ww33RQla0V7JHmTSSxNUpbSjXOWmEj9o/E2+j3ew=";

    public const string TokenSigningKey = "o2tg6ASD7efp1zMvQPBtekdHjHKyjDQ78zEAKFUySApOE3cZZSK5FzbLbabmlFyH";

    /// <summary>The connection string of the local storage emulator.</summary>
    public const string StorageConnectionString = "UseDevelopmentStorage=true";
}
