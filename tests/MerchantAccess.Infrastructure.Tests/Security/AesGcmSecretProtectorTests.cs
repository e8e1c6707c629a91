using System.Security.Cryptography;
using MerchantAccess.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Tests.Security;

public sealed class AesGcmSecretProtectorTests
{
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static AesGcmSecretProtector Create(string key, string previous = "") =>
        new(Options.Create(new SecretsOptions { EncryptionKey = key, PreviousEncryptionKeys = previous }));

    [Fact]
    public void Protected_value_round_trips_and_hides_plaintext()
    {
        var protector = Create(KeyA);

        var sealedValue = protector.Protect("BD7429QM", "company-security-code:c1");

        Assert.DoesNotContain("BD7429QM", sealedValue, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("v1.", sealedValue, StringComparison.Ordinal);
        Assert.Equal("BD7429QM", protector.Unprotect(sealedValue, "company-security-code:c1"));
    }

    [Fact]
    public void Same_plaintext_protects_differently_each_time()
    {
        var protector = Create(KeyA);

        Assert.NotEqual(protector.Protect("BD7429QM", "p"), protector.Protect("BD7429QM", "p"));
    }

    [Fact]
    public void Other_purpose_cannot_unprotect()
    {
        var protector = Create(KeyA);
        var sealedValue = protector.Protect("BD7429QM", "company-security-code:c1");

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(sealedValue, "company-security-code:c2"));
    }

    [Fact]
    public void Tampered_value_is_rejected()
    {
        var protector = Create(KeyA);
        var sealedValue = protector.Protect("BD7429QM", "p");
        var tampered = sealedValue[..^2] + (sealedValue[^2] == 'A' ? "B" : "A") + sealedValue[^1];

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(tampered, "p"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("v1.00000000.AAAA", "p"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("garbage", "p"));
    }

    [Fact]
    public void Previous_key_still_reads_after_rotation()
    {
        var sealedValue = Create(KeyA).Protect("BD7429QM", "p");

        var rotated = Create(KeyB, previous: KeyA);

        Assert.Equal("BD7429QM", rotated.Unprotect(sealedValue, "p"));
        Assert.ThrowsAny<CryptographicException>(() => Create(KeyB).Unprotect(sealedValue, "p"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Invalid_key_setting_names_the_setting(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(key));

        Assert.Contains("MerchantAccess__Secrets__EncryptionKey", error.Message, StringComparison.Ordinal);
    }
}
