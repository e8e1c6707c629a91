namespace MerchantAccess.Domain.Secrets;

/// <summary>
/// Encrypts secrets that must be read back (company security codes, temporary passwords on their
/// way to delivery). The <c>purpose</c> is bound to the ciphertext: a value protected for one
/// purpose cannot be unprotected for another, so a ciphertext copied to another row is useless.
/// </summary>
public interface ISecretProtector
{
    string Protect(string plaintext, string purpose);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The value was tampered with, protected for another purpose, or with a key that is no longer configured.</exception>
    string Unprotect(string protectedValue, string purpose);
}
