namespace MerchantAccess.Infrastructure.Storage;

/// <summary>Names of the tables the app uses, bound from <c>MerchantAccess:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "MerchantAccess:Storage";

    /// <summary>
    /// Prefix of every table name (letters and digits). Tests give each run its own prefix so runs
    /// never see each other's data on one emulator.
    /// </summary>
    public string TablePrefix { get; set; } = "";

    public string AccountsTable => TablePrefix + "Accounts";

    public string DirectoryTable => TablePrefix + "Directory";

    /// <summary>The table of rate-limit counters, one row per limited key.</summary>
    public string RateLimitsTable => TablePrefix + "RateLimits";

    /// <summary>
    /// The blob container of the unlock audit reports. Container names are lower case, so the
    /// prefix is lowered and joined with a hyphen.
    /// </summary>
    public string ReportsContainer => TablePrefix.Length == 0 ? "unlock-reports" : TablePrefix.ToLowerInvariant() + "-unlock-reports";
}
