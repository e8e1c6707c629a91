using MerchantAccess.Domain.Passwords;

namespace MerchantAccess.Domain.Tests.Fakes;

/// <summary>A reversible hasher for unit tests: "hash:" + password. It counts verifications.</summary>
public sealed class FakePasswordHasher : IPasswordHasher
{
    public int Verifications { get; private set; }

    public string Hash(string password) => "hash:" + password;

    public PasswordVerification Verify(string hash, string password)
    {
        Verifications++;
        return hash == "hash:" + password ? PasswordVerification.Success : PasswordVerification.Failed;
    }

    public void VerifyNothing(string password) => Verifications++;
}
