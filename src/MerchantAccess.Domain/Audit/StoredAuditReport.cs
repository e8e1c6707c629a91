namespace MerchantAccess.Domain.Audit;

/// <summary>A report as read from storage, with the version a conditional write must match.</summary>
public sealed record StoredAuditReport(UnlockAuditReport Report, string Version);
