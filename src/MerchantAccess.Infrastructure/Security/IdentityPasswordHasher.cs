using System.Security.Cryptography;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Passwords;
using IdentityHasher = Microsoft.AspNetCore.Identity.PasswordHasher<MerchantAccess.Domain.Accounts.UserAccount>;
using IdentityResult = Microsoft.AspNetCore.Identity.PasswordVerificationResult;

namespace MerchantAccess.Infrastructure.Security;

/// <summary>
/// <see cref="IPasswordHasher"/> on ASP.NET Core Identity's hasher (format v3: PBKDF2 with
/// HMAC-SHA512, a 128-bit salt and 100 000 iterations in .NET 10, all recorded in the hash).
/// </summary>
/// <remarks>
/// At most one hash runs per processor at a time. More would not finish sooner, and a burst of
/// sign-ins would otherwise tie up every thread of the pool in hashing and stall all other
/// requests; the rest wait in turn without holding a thread.
/// </remarks>
public sealed class IdentityPasswordHasher : IPasswordHasher, IDisposable
{
    private readonly IdentityHasher _hasher = new();
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private readonly Lazy<string> _decoyHash;

    public IdentityPasswordHasher()
    {
        _decoyHash = new Lazy<string>(() => _hasher.HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));
    }

    public Task<string> HashAsync(string password, CancellationToken cancellationToken) =>
        RunAsync(() => _hasher.HashPassword(null!, password), cancellationToken);

    public Task<PasswordVerification> VerifyAsync(string hash, string password, CancellationToken cancellationToken) =>
        RunAsync(() => Verify(hash, password), cancellationToken);

    public Task VerifyNothingAsync(string password, CancellationToken cancellationToken) =>
        RunAsync(() => Verify(_decoyHash.Value, password), cancellationToken);

    public void Dispose() => _slots.Dispose();

    private PasswordVerification Verify(string hash, string password)
    {
        try
        {
            return _hasher.VerifyHashedPassword(null!, hash, password) switch
            {
                IdentityResult.Success => PasswordVerification.Success,
                IdentityResult.SuccessRehashNeeded => PasswordVerification.SuccessRehashNeeded,
                _ => PasswordVerification.Failed,
            };
        }
        catch (FormatException)
        {
            // A corrupted stored hash must fail like a wrong password, never sign anyone in.
            return PasswordVerification.Failed;
        }
    }

    private async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            _slots.Release();
        }
    }
}
