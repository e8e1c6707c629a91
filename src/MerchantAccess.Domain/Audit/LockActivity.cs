using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Audit;

/// <summary>A lock or an unlock of the period, from the company timeline.</summary>
/// <param name="LockKind">Which lock was set or lifted, when the event names it.</param>
/// <param name="ActorRole"><c>merchant</c>, <c>support</c> or <c>system</c>, as recorded with the event.</param>
public sealed record LockActivity(
    string EventId,
    LockActivityKind Kind,
    DateTimeOffset OccurredAt,
    string CompanyId,
    string CompanyName,
    string UserId,
    LockKind? LockKind,
    string? ActorId,
    string? ActorRole,
    string? Reason);
