using System.Text.Json.Serialization;

namespace MerchantAccess.Functions.Users;

/// <summary>A page of events, newest first; <see cref="ContinuationToken"/> is <c>null</c> on the last page.</summary>
public sealed record AccountEventPageResponse(
    IReadOnlyList<AccountEventResource> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ContinuationToken);
