namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// How merchant support is reached, shown to users whose account is locked. Bound from
/// <c>MerchantAccess:Support</c>.
/// </summary>
public sealed class SupportContactOptions
{
    public const string SectionName = "MerchantAccess:Support";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";
}
