using MerchantAccess.Infrastructure.Notifications;

namespace MerchantAccess.Infrastructure.Tests.Notifications;

public sealed class DeliveryOptionsValidatorTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32]);

    [Fact]
    public void Outbox_needs_no_acs_setting()
    {
        var result = new DeliveryOptionsValidator().Validate(null, new DeliveryOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("acs", "https://name.communication.azure.com", "accessKey", "KEY", "+33700000001")]
    [InlineData("ACS", "https://name.communication.azure.com/", "managedIdentity", "", "MerchantBO")]
    [InlineData("acs", "https://name.communication.azure.com", "managedIdentity", "", "")]
    public void Complete_acs_settings_pass(string transport, string endpoint, string authentication, string key, string smsSender)
    {
        var options = new DeliveryOptions { Transport = transport, AcsEndpoint = endpoint, AcsAuthentication = authentication, AcsAccessKey = key.Replace("KEY", Key, StringComparison.Ordinal), SmsSender = smsSender };

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("smtp", "", "managedIdentity", "", "x", "MerchantAccess__Delivery__Transport")]
    [InlineData("acs", "", "managedIdentity", "", "x", "MerchantAccess__Delivery__AcsEndpoint")]
    [InlineData("acs", "http://name.communication.azure.com", "managedIdentity", "", "x", "MerchantAccess__Delivery__AcsEndpoint")]
    [InlineData("acs", "https://name.communication.azure.com", "accessKey", "", "x", "MerchantAccess__Delivery__AcsAccessKey")]
    [InlineData("acs", "https://name.communication.azure.com", "accessKey", "not base64!", "x", "MerchantAccess__Delivery__AcsAccessKey")]
    [InlineData("acs", "https://name.communication.azure.com", "password", "", "x", "MerchantAccess__Delivery__AcsAuthentication")]
    public void Incomplete_settings_name_the_setting(string transport, string endpoint, string authentication, string key, string smsSender, string setting)
    {
        var options = new DeliveryOptions { Transport = transport, AcsEndpoint = endpoint, AcsAuthentication = authentication, AcsAccessKey = key, SmsSender = smsSender };

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_message_never_shows_the_access_key()
    {
        var options = new DeliveryOptions { Transport = "acs", AcsEndpoint = "", AcsAuthentication = "accessKey", AcsAccessKey = Key, SmsSender = "x" };

        var result = new DeliveryOptionsValidator().Validate(null, options);

        Assert.DoesNotContain(Key, result.FailureMessage, StringComparison.Ordinal);
    }
}
