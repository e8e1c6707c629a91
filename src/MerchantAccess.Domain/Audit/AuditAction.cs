namespace MerchantAccess.Domain.Audit;

/// <summary>One change an audit run made, and the account event that records it.</summary>
public sealed record AuditAction(AuditActionKind Kind, string CompanyId, string UserId, DateTimeOffset At, string EventId);
