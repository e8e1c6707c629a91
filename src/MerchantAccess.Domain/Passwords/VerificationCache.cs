namespace MerchantAccess.Domain.Passwords;

/// <summary>
/// Remembers the result of checking one password against each hash during one request, so an
/// optimistic retry after a write conflict does not pay for the slow hash again.
/// </summary>
public sealed class VerificationCache(IPasswordHasher hasher, string password)
{
    private readonly Dictionary<string, PasswordVerification> _results = new(StringComparer.Ordinal);

    /// <summary>Checks the password against <paramref name="hash"/>; a missing hash fails after the same work.</summary>
    public async Task<PasswordVerification> VerifyAsync(string? hash, CancellationToken cancellationToken)
    {
        if (hash is null)
        {
            await hasher.VerifyNothingAsync(password, cancellationToken);
            return PasswordVerification.Failed;
        }

        if (!_results.TryGetValue(hash, out var result))
        {
            result = await hasher.VerifyAsync(hash, password, cancellationToken);
            _results[hash] = result;
        }

        return result;
    }

    /// <summary>Hashes the password again with the hasher's current parameters.</summary>
    public Task<string> RehashAsync(CancellationToken cancellationToken) => hasher.HashAsync(password, cancellationToken);
}
