using System.Text.Json.Serialization;

namespace MerchantAccess.Functions.Users;

/// <summary>A page of search results; <see cref="ContinuationToken"/> is <c>null</c> on the last page.</summary>
public sealed record UserSearchResponse(
    IReadOnlyList<UserSummary> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ContinuationToken);
