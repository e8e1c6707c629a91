using MerchantAccess.Domain.Passwords;
using MerchantAccess.Infrastructure.Security;

namespace MerchantAccess.Infrastructure.Tests.Security;

public sealed class IdentityPasswordHasherTests
{
    private readonly IdentityPasswordHasher _hasher = new();

    [Fact]
    public void Hash_verifies_only_its_password()
    {
        var hash = _hasher.Hash("Boulangerie2026");

        Assert.DoesNotContain("Boulangerie2026", hash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerification.Success, _hasher.Verify(hash, "Boulangerie2026"));
        Assert.Equal(PasswordVerification.Failed, _hasher.Verify(hash, "boulangerie2026"));
    }

    [Fact]
    public void Same_password_hashes_differently()
    {
        Assert.NotEqual(_hasher.Hash("Boulangerie2026"), _hasher.Hash("Boulangerie2026"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("AQAAAA==")]
    public void Corrupted_hash_fails_like_a_wrong_password(string hash)
    {
        Assert.Equal(PasswordVerification.Failed, _hasher.Verify(hash, "Boulangerie2026"));
    }
}
