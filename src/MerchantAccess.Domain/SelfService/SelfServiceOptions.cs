namespace MerchantAccess.Domain.SelfService;

/// <summary>
/// Limits of the forgotten-password requests, bound from <c>MerchantAccess:SelfService</c>. A
/// request over a limit gets the same answer as any other and sends nothing.
/// </summary>
public sealed class SelfServiceOptions
{
    public const string SectionName = "MerchantAccess:SelfService";

    /// <summary>Requests per login over the last hour.</summary>
    public int MaxPerLoginPerHour { get; set; } = 5;

    /// <summary>Requests per client address over the last minute; at least 5, so a shared office address is not blocked.</summary>
    public int MaxPerAddressPerMinute { get; set; } = 10;
}
