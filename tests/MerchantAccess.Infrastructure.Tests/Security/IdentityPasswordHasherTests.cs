using MerchantAccess.Domain.Passwords;
using MerchantAccess.Infrastructure.Security;

namespace MerchantAccess.Infrastructure.Tests.Security;

public sealed class IdentityPasswordHasherTests : IDisposable
{
    private readonly IdentityPasswordHasher _hasher = new();

    public void Dispose() => _hasher.Dispose();

    [Fact]
    public async Task Hash_verifies_only_its_password()
    {
        var hash = await _hasher.HashAsync("Boulangerie2026", CancellationToken.None);

        Assert.DoesNotContain("Boulangerie2026", hash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerification.Success, await _hasher.VerifyAsync(hash, "Boulangerie2026", CancellationToken.None));
        Assert.Equal(PasswordVerification.Failed, await _hasher.VerifyAsync(hash, "boulangerie2026", CancellationToken.None));
    }

    [Fact]
    public async Task Same_password_hashes_differently()
    {
        Assert.NotEqual(await _hasher.HashAsync("Boulangerie2026", CancellationToken.None), await _hasher.HashAsync("Boulangerie2026", CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("AQAAAA==")]
    public async Task Corrupted_hash_fails_like_a_wrong_password(string hash)
    {
        Assert.Equal(PasswordVerification.Failed, await _hasher.VerifyAsync(hash, "Boulangerie2026", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_checks_all_complete()
    {
        var hash = await _hasher.HashAsync("Boulangerie2026", CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 3 * Environment.ProcessorCount).Select(i =>
            _hasher.VerifyAsync(hash, i % 2 == 0 ? "Boulangerie2026" : "Wrong2026", CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, results.Length).Select(i => i % 2 == 0 ? PasswordVerification.Success : PasswordVerification.Failed), results);
    }
}
