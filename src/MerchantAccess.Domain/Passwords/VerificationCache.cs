namespace MerchantAccess.Domain.Passwords;

/// <summary>
/// Remembers the result of checking one password against each hash during one request, so an
/// optimistic retry after a write conflict does not pay for the slow hash again.
/// </summary>
public sealed class VerificationCache(IPasswordHasher hasher, string password)
{
    private readonly Dictionary<string, PasswordVerification> _results = new(StringComparer.Ordinal);

    public PasswordVerification Verify(string? hash)
    {
        if (hash is null)
        {
            hasher.VerifyNothing(password);
            return PasswordVerification.Failed;
        }

        if (!_results.TryGetValue(hash, out var result))
        {
            result = hasher.Verify(hash, password);
            _results[hash] = result;
        }

        return result;
    }

    /// <summary>Hashes the password again with the hasher's current parameters.</summary>
    public string Rehash() => hasher.Hash(password);
}
