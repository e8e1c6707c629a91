using System.Text.Json;
using System.Text.Json.Serialization;
using MerchantAccess.Domain.Delivery;

namespace MerchantAccess.Infrastructure.Queues;

/// <summary>The JSON form of delivery messages on the queue.</summary>
public static class DeliveryMessageSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static string Serialize(DeliveryMessage message) => JsonSerializer.Serialize(message, Options);

    /// <exception cref="JsonException">The text is not a delivery message.</exception>
    public static DeliveryMessage Deserialize(string json) =>
        JsonSerializer.Deserialize<DeliveryMessage>(json, Options) ?? throw new JsonException("The delivery message is empty.");
}
