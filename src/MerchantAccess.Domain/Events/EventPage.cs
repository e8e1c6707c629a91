namespace MerchantAccess.Domain.Events;

/// <summary>A page of events and the token that reads the next one, <c>null</c> on the last page.</summary>
public sealed record EventPage(IReadOnlyList<AccountEvent> Items, string? ContinuationToken);
