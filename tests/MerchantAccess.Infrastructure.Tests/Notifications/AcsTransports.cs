using MerchantAccess.Infrastructure.Notifications;
using MerchantAccess.Infrastructure.Notifications.Acs;
using MerchantAccess.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Tests.Notifications;

/// <summary>Builds the ACS transports against a stub, in either authentication mode.</summary>
public static class AcsTransports
{
    public const string SenderAddress = "DoNotReply@merchantaccess.example";
    public const string SmsSender = "+33700000001";

    public static AcsPipeline Pipeline(AcsStub stub, bool accessKey, Action<AcsClientOptions>? tune = null, string? otherKey = null)
    {
        var delivery = Options.Create(Settings(stub, accessKey, otherKey));
        var client = new AcsClientOptions
        {
            Transport = stub.CreateTransport(),
            Credential = accessKey ? null : stub.CreateCredential(),
        };

        // Short pauses keep retry tests fast; the policy is the same.
        client.Retry.Delay = TimeSpan.FromMilliseconds(20);
        client.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        client.EmailPollingInterval = TimeSpan.FromMilliseconds(20);
        tune?.Invoke(client);
        return new AcsPipeline(delivery, Options.Create(client), TimeProvider.System);
    }

    /// <summary>An e-mail sender; <paramref name="otherKey"/> signs with another key than the stub's.</summary>
    public static AcsEmailSender Email(AcsStub stub, bool accessKey, Action<AcsClientOptions>? tune = null, string? otherKey = null) =>
        new(Pipeline(stub, accessKey, tune, otherKey), Options.Create(Settings(stub, accessKey, otherKey)), TimeProvider.System, NullLogger<AcsEmailSender>.Instance);

    public static AcsSmsSender Sms(AcsStub stub, bool accessKey) =>
        new(Pipeline(stub, accessKey), Options.Create(Settings(stub, accessKey)), NullLogger<AcsSmsSender>.Instance);

    private static DeliveryOptions Settings(AcsStub stub, bool accessKey, string? otherKey = null) => new()
    {
        Transport = DeliveryOptions.AcsTransport,
        AcsEndpoint = stub.Endpoint.ToString(),
        AcsAuthentication = accessKey ? DeliveryOptions.AccessKeyAuthentication : DeliveryOptions.ManagedIdentityAuthentication,
        AcsAccessKey = accessKey ? otherKey ?? stub.AccessKey : "",
        SenderAddress = SenderAddress,
        SmsSender = SmsSender,
    };
}
