namespace MerchantAccess.Domain.Audit;

/// <summary>
/// Where the summary of each unlock audit report goes, bound from <c>MerchantAccess:Delivery</c>
/// (app setting <c>MerchantAccess__Delivery__SupportMailbox</c>).
/// </summary>
public sealed class AuditSummaryOptions
{
    public const string SectionName = "MerchantAccess:Delivery";

    /// <summary>
    /// The e-mail address of the merchant support mailbox. When it is empty the reports are still
    /// stored, and no summary is queued.
    /// </summary>
    public string SupportMailbox { get; set; } = "";
}
