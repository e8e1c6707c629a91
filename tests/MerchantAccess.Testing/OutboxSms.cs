using System.Text.Json;

namespace MerchantAccess.Testing;

/// <summary>A <c>.json</c> SMS file of the outbox.</summary>
public sealed record OutboxSms(string Path, string To, string Text, string Language, string DeliveryId, DateTimeOffset Time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxSms Read(string path)
    {
        var content = JsonSerializer.Deserialize<Content>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new OutboxSms(path, content.To, content.Text, content.Language, content.DeliveryId, content.Time);
    }

    private sealed record Content(string To, string Text, string Language, string DeliveryId, DateTimeOffset Time);
}
