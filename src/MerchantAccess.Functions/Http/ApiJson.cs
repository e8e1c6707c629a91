using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace MerchantAccess.Functions.Http;

/// <summary>JSON settings of the HTTP API: camelCase members and enum values, nulls left out of responses.</summary>
public static class ApiJson
{
    /// <summary>Settings for responses.</summary>
    public static JsonSerializerOptions Response { get; } = new(JsonSerializerDefaults.Web)
    {
        // Accented letters are written as they are; characters that matter in HTML stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Settings for request bodies: member names match without case, and an unknown member is an
    /// error rather than silently ignored, so a misspelt field is reported.
    /// </summary>
    public static JsonSerializerOptions Request { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        MaxDepth = 16,
    };
}
