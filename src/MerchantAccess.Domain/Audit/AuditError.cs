namespace MerchantAccess.Domain.Audit;

/// <summary>A change that failed during a run, with the type of the exception; the error itself is logged.</summary>
public sealed record AuditError(AuditActionKind Action, string CompanyId, string UserId, string ErrorType);
