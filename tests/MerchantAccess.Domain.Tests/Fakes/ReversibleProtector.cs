using MerchantAccess.Domain.Secrets;

namespace MerchantAccess.Domain.Tests.Fakes;

/// <summary>A protector that tags values with their purpose, so a wrong purpose fails as with real encryption.</summary>
public sealed class ReversibleProtector : ISecretProtector
{
    public string Protect(string plaintext, string purpose) => $"{purpose}::{plaintext}";

    public string Unprotect(string protectedValue, string purpose) =>
        protectedValue.StartsWith(purpose + "::", StringComparison.Ordinal)
            ? protectedValue[(purpose.Length + 2)..]
            : throw new System.Security.Cryptography.CryptographicException("Wrong purpose.");
}
