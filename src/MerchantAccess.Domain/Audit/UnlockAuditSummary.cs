namespace MerchantAccess.Domain.Audit;

/// <summary>The counts of one audit run.</summary>
public sealed record UnlockAuditSummary(DateTimeOffset RanAt, int CompaniesScanned, int PasswordLocks, int CodeLocks);
