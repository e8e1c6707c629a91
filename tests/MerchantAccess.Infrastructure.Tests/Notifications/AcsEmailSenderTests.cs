using Azure;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Infrastructure.Notifications.Acs;
using MerchantAccess.Testing;

namespace MerchantAccess.Infrastructure.Tests.Notifications;

public sealed class AcsEmailSenderTests : IAsyncLifetime
{
    private const string DeliveryId = "0123456789abcdef0123456789abcdef";
    private const string OperationId = "01234567-89ab-cdef-0123-456789abcdef";

    private static readonly EmailMessage Message = new(
        "marc.leroy@boulangerie-dupont.example",
        "Marc Leroy",
        "Vos nouveaux identifiants Merchant Back Office",
        "Bonjour Marc Leroy,\n\nMot de passe temporaire : Tmp4Kq9Zx2Wm",
        "<p>Bonjour Marc Leroy,</p>");

    private AcsStub _stub = null!;

    public async Task InitializeAsync() => _stub = await AcsStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task Access_key_send_is_signed_and_polled()
    {
        _stub.RunningPolls = 2;

        await AcsTransports.Email(_stub, accessKey: true).SendAsync(Message, DeliveryId, CancellationToken.None);

        Assert.Empty(_stub.Violations);
        Assert.All(_stub.Requests, request => Assert.Equal("hmac", request.AuthMode));
        var email = Assert.Single(_stub.Emails);
        Assert.Equal(OperationId, email.Key);
        Assert.Equal(AcsTransports.SenderAddress, email.Value["senderAddress"]!.GetValue<string>());
        Assert.Equal(Message.Subject, email.Value["content"]!["subject"]!.GetValue<string>());
        Assert.Equal(Message.PlainText, email.Value["content"]!["plainText"]!.GetValue<string>());
        Assert.Equal(Message.Html, email.Value["content"]!["html"]!.GetValue<string>());
        Assert.Equal("Marc Leroy", email.Value["recipients"]!["to"]![0]!["displayName"]!.GetValue<string>());
        Assert.Equal(3, _stub.CountRequests("GET", "/emails/operations/" + OperationId));
    }

    [Fact]
    public async Task Entra_send_uses_bearer_token_for_communication_scope()
    {
        await AcsTransports.Email(_stub, accessKey: false).SendAsync(Message, DeliveryId, CancellationToken.None);

        Assert.Empty(_stub.Violations);
        Assert.All(_stub.Requests, request => Assert.Equal("bearer", request.AuthMode));
        Assert.All(_stub.RequestedScopes, scope => Assert.Equal("https://communication.azure.com//.default", scope));
        Assert.NotEmpty(_stub.RequestedScopes);
        Assert.Single(_stub.Emails);
    }

    [Fact]
    public async Task Throttled_and_unavailable_answers_are_retried()
    {
        _stub.TransientFailures.Enqueue(429);
        _stub.TransientFailures.Enqueue(503);

        await AcsTransports.Email(_stub, accessKey: true).SendAsync(Message, DeliveryId, CancellationToken.None);

        var sends = _stub.Requests.Where(request => request.Path == "/emails:send").ToList();
        Assert.Equal(3, sends.Count);
        Assert.All(sends, request => Assert.Equal(OperationId, request.Headers["Operation-Id"]));
        Assert.Empty(_stub.Violations);
        Assert.Single(_stub.Emails);
    }

    [Fact]
    public async Task Same_delivery_twice_sends_one_email()
    {
        var sender = AcsTransports.Email(_stub, accessKey: true);

        await sender.SendAsync(Message, DeliveryId, CancellationToken.None);
        await sender.SendAsync(Message, DeliveryId, CancellationToken.None);

        Assert.Equal(2, _stub.CountRequests("POST", "/emails:send"));
        Assert.Single(_stub.Emails);
    }

    [Fact]
    public async Task Poll_waits_for_retry_after()
    {
        _stub.SendRetryAfterSeconds = 1;
        _stub.RunningPolls = 0;

        await AcsTransports.Email(_stub, accessKey: true).SendAsync(Message, DeliveryId, CancellationToken.None);

        var send = _stub.Requests.Single(request => request.Path == "/emails:send");
        var poll = _stub.Requests.First(request => request.Method == "GET");
        Assert.True(poll.ReceivedAt - send.ReceivedAt >= TimeSpan.FromSeconds(0.9), $"The first poll came {(poll.ReceivedAt - send.ReceivedAt).TotalMilliseconds} ms after the send.");
    }

    [Fact]
    public async Task Rejected_recipient_fails_without_retry()
    {
        _stub.RejectedRecipients[Message.ToAddress] = true;

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => AcsTransports.Email(_stub, accessKey: true).SendAsync(Message, DeliveryId, CancellationToken.None));

        Assert.Equal(400, failure.Status);
        Assert.Equal("InvalidRecipient", failure.ErrorCode);
        Assert.Equal(1, _stub.CountRequests("POST", "/emails:send"));
    }

    [Fact]
    public async Task Failed_operation_throws_with_its_error_code()
    {
        _stub.DroppedRecipients[Message.ToAddress] = true;

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => AcsTransports.Email(_stub, accessKey: true).SendAsync(Message, DeliveryId, CancellationToken.None));

        Assert.Equal("EmailDropped", failure.ErrorCode);
    }

    [Fact]
    public async Task Operation_still_running_times_out()
    {
        _stub.RunningPolls = int.MaxValue;
        var sender = AcsTransports.Email(_stub, accessKey: true, options => options.EmailOperationTimeout = TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<TimeoutException>(() => sender.SendAsync(Message, DeliveryId, CancellationToken.None));

        Assert.True(_stub.CountRequests("GET", "/emails/operations/") >= 1);
    }

    [Fact]
    public async Task Operation_location_on_another_host_is_not_followed()
    {
        _stub.OperationLocationAuthority = "127.0.0.2:1";

        await AcsTransports.Email(_stub, accessKey: true).SendAsync(Message, DeliveryId, CancellationToken.None);

        Assert.Equal(2, _stub.CountRequests("GET", "/emails/operations/" + OperationId));
        Assert.Empty(_stub.Violations);
    }

    [Fact]
    public async Task Signature_with_wrong_key_is_rejected()
    {
        var otherKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var sender = AcsTransports.Email(_stub, accessKey: true, otherKey: otherKey);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => sender.SendAsync(Message, DeliveryId, CancellationToken.None));

        Assert.Equal(401, failure.Status);
        Assert.Contains(_stub.Violations, violation => violation.StartsWith("the HMAC signature does not match", StringComparison.Ordinal));
        Assert.Empty(_stub.Emails);
    }

    [Fact]
    public async Task Malformed_delivery_id_is_rejected()
    {
        var sender = AcsTransports.Email(_stub, accessKey: true);

        await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(Message, "not-a-delivery-id", CancellationToken.None));

        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public void Operation_guid_is_the_delivery_id()
    {
        Assert.Equal(OperationId, AcsPipeline.OperationGuid(DeliveryId));
    }
}
