using System.Text.Json.Nodes;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Infrastructure.Notifications;
using MerchantAccess.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MerchantAccess.Infrastructure.Tests.Notifications;

public sealed class OutboxSmsSenderTests : IDisposable
{
    private const string DeliveryId = "fedcba9876543210fedcba9876543210";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "merchantaccess-tests", TestSettings.UniqueName(), "outbox");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Fact]
    public async Task Sms_file_is_readable_json_named_by_delivery()
    {
        var message = new SmsMessage("+33612345678", "Le code de sécurité de votre société est BD7429QM.", "fr");

        await Sender().SendAsync(message, DeliveryId, _time.GetUtcNow(), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(_folder, "*.json"));
        Assert.Equal($"20260314-093000000-{DeliveryId}.json", Path.GetFileName(file));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("sécurité", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"to\"", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(text)!;
        Assert.Equal("+33612345678", json["to"]!.GetValue<string>());
        Assert.Equal(message.Text, json["text"]!.GetValue<string>());
        Assert.Equal("fr", json["language"]!.GetValue<string>());
        Assert.Equal(DeliveryId, json["deliveryId"]!.GetValue<string>());
        Assert.Equal(_time.GetUtcNow(), json["time"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Same_delivery_twice_writes_one_file()
    {
        var message = new SmsMessage("+33612345678", "BD7429QM", "fr");
        var sender = Sender();

        await sender.SendAsync(message, DeliveryId, _time.GetUtcNow(), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        await sender.SendAsync(message, DeliveryId, _time.GetUtcNow(), CancellationToken.None);

        Assert.Single(Directory.GetFiles(_folder, "*.json"));
    }

    [Fact]
    public async Task Concurrent_sends_of_one_delivery_write_one_file()
    {
        var message = new SmsMessage("+33612345678", "BD7429QM", "fr");
        var sender = Sender();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => sender.SendAsync(message, DeliveryId, _time.GetUtcNow(), CancellationToken.None))));

        Assert.Single(Directory.GetFiles(_folder, "*.json"));
    }

    private OutboxSmsSender Sender() =>
        new(Options.Create(new DeliveryOptions { OutboxPath = _folder }), _time, NullLogger<OutboxSmsSender>.Instance);
}
