using System.Globalization;
using Azure;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Testing;

namespace MerchantAccess.Infrastructure.Tests.Notifications;

public sealed class AcsSmsSenderTests : IAsyncLifetime
{
    private const string DeliveryId = "fedcba9876543210fedcba9876543210";
    private const string RepeatabilityId = "fedcba98-7654-3210-fedc-ba9876543210";

    private static readonly SmsMessage Message = new("+33612345678", "Merchant Back Office - Boulangerie Dupont : le code de sécurité de votre société est BD7429QM.", "fr");
    private static readonly DateTimeOffset RequestedAt = new(2026, 3, 14, 9, 30, 15, TimeSpan.Zero);

    private AcsStub _stub = null!;

    public async Task InitializeAsync() => _stub = await AcsStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task Access_key_sms_carries_repeatability_fields()
    {
        await AcsTransports.Sms(_stub, accessKey: true).SendAsync(Message, DeliveryId, RequestedAt, CancellationToken.None);

        Assert.Empty(_stub.Violations);
        Assert.Equal("hmac", Assert.Single(_stub.Requests).AuthMode);
        var sms = Assert.Single(_stub.Sms);
        Assert.Equal(RepeatabilityId, sms.Key);
        var recipient = sms.Value["smsRecipients"]![0]!;
        Assert.Equal("+33612345678", recipient["to"]!.GetValue<string>());
        Assert.Equal("Sat, 14 Mar 2026 09:30:15 GMT", recipient["repeatabilityFirstSent"]!.GetValue<string>());
        Assert.Equal(AcsTransports.SmsSender, sms.Value["from"]!.GetValue<string>());
        Assert.Equal(Message.Text, sms.Value["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Entra_sms_uses_bearer_token()
    {
        await AcsTransports.Sms(_stub, accessKey: false).SendAsync(Message, DeliveryId, RequestedAt, CancellationToken.None);

        Assert.Empty(_stub.Violations);
        Assert.Equal("bearer", Assert.Single(_stub.Requests).AuthMode);
        Assert.Contains("https://communication.azure.com//.default", _stub.RequestedScopes);
        Assert.Single(_stub.Sms);
    }

    [Fact]
    public async Task Unavailable_answer_is_retried_with_same_repeatability_id()
    {
        _stub.TransientFailures.Enqueue(503);
        _stub.TransientFailures.Enqueue(429);

        await AcsTransports.Sms(_stub, accessKey: true).SendAsync(Message, DeliveryId, RequestedAt, CancellationToken.None);

        Assert.Equal(3, _stub.Requests.Count);
        Assert.All(_stub.Requests, request => Assert.Contains(RepeatabilityId, request.Body, StringComparison.Ordinal));
        Assert.Empty(_stub.Violations);
        Assert.Single(_stub.Sms);
    }

    [Fact]
    public async Task Same_delivery_twice_sends_one_sms()
    {
        var sender = AcsTransports.Sms(_stub, accessKey: true);

        await sender.SendAsync(Message, DeliveryId, RequestedAt, CancellationToken.None);
        await sender.SendAsync(Message, DeliveryId, RequestedAt, CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Single(_stub.Sms);
    }

    [Fact]
    public async Task Unsuccessful_recipient_throws()
    {
        _stub.RejectedRecipients[Message.ToPhoneNumber] = true;

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => AcsTransports.Sms(_stub, accessKey: true).SendAsync(Message, DeliveryId, RequestedAt, CancellationToken.None));

        Assert.Equal(400, failure.Status);
        Assert.Empty(_stub.Sms);
    }

    [Fact]
    public async Task First_sent_time_is_utc_whatever_the_offset()
    {
        var local = RequestedAt.ToOffset(TimeSpan.FromHours(2));

        await AcsTransports.Sms(_stub, accessKey: true).SendAsync(Message, DeliveryId, local, CancellationToken.None);

        var firstSent = Assert.Single(_stub.Sms).Value["smsRecipients"]![0]!["repeatabilityFirstSent"]!.GetValue<string>();
        Assert.Equal(RequestedAt, DateTimeOffset.ParseExact(firstSent, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }
}
