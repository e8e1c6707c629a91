namespace MerchantAccess.Domain.Audit;

/// <summary>
/// The tunable rules of the unlock audit, bound from the configuration section
/// <c>MerchantAccess:Audit</c> (app settings <c>MerchantAccess__Audit__*</c>).
/// </summary>
public sealed class AuditOptions
{
    public const string SectionName = "MerchantAccess:Audit";

    /// <summary>
    /// Time without use after which the audit disables an account. PCI DSS v4.0 requirement 8.2.6
    /// requires that inactive accounts be removed or disabled within 90 days.
    /// </summary>
    public TimeSpan InactivityLimit { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Number of locks in one company during the period from which the report flags the company.
    /// The default of 5 in a day is well above what a merchant's handful of users produce by
    /// mistyping, and low enough to show a guessing campaign.
    /// </summary>
    public int CompanyLockThreshold { get; set; } = 5;

    /// <summary>
    /// An account locked again within this time after an unlock is flagged: the unlock did not
    /// remove the cause, or someone else is guessing. The audit reads the timeline from this long
    /// before the period so that an unlock just before the period counts.
    /// </summary>
    public TimeSpan RelockWindow { get; set; } = TimeSpan.FromHours(24);
}
