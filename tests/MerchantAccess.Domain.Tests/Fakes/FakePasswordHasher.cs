using MerchantAccess.Domain.Passwords;

namespace MerchantAccess.Domain.Tests.Fakes;

/// <summary>A reversible hasher for unit tests: "hash:" + password. It counts verifications.</summary>
public sealed class FakePasswordHasher : IPasswordHasher
{
    private int _verifications;

    public int Verifications => _verifications;

    public static string Hash(string password) => "hash:" + password;

    public Task<string> HashAsync(string password, CancellationToken cancellationToken) => Task.FromResult(Hash(password));

    public Task<PasswordVerification> VerifyAsync(string hash, string password, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _verifications);
        return Task.FromResult(hash == "hash:" + password ? PasswordVerification.Success : PasswordVerification.Failed);
    }

    public Task VerifyNothingAsync(string password, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _verifications);
        return Task.CompletedTask;
    }
}
