namespace MerchantAccess.Domain.Audit;

/// <summary>What the audit changed in one company, and the changes that failed.</summary>
public sealed class MaintenanceResult
{
    public List<AuditAction> Actions { get; } = [];

    public List<AuditError> Errors { get; } = [];
}
