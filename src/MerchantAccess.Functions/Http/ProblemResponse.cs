using System.Text.Json.Serialization;

namespace MerchantAccess.Functions.Http;

/// <summary>
/// An RFC 9457 problem details body with the API's <c>code</c> member and any extension members
/// the problem carries (<c>attemptsRemaining</c>, <c>errors</c>, <c>supportContact</c>…).
/// </summary>
public sealed class ProblemResponse
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public required string Detail { get; init; }

    public string? Instance { get; init; }

    public required string Code { get; init; }

    [JsonExtensionData]
    public Dictionary<string, object?> Extensions { get; } = new(StringComparer.Ordinal);
}
