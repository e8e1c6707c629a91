using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Passwords;
using IdentityHasher = Microsoft.AspNetCore.Identity.PasswordHasher<MerchantAccess.Domain.Accounts.UserAccount>;
using IdentityResult = Microsoft.AspNetCore.Identity.PasswordVerificationResult;

namespace MerchantAccess.Infrastructure.Security;

/// <summary>
/// <see cref="IPasswordHasher"/> on ASP.NET Core Identity's hasher (format v3: PBKDF2 with
/// HMAC-SHA512, a 128-bit salt and 100 000 iterations in .NET 10, all recorded in the hash).
/// </summary>
public sealed class IdentityPasswordHasher : IPasswordHasher
{
    private readonly IdentityHasher _hasher = new();
    private readonly Lazy<string> _decoyHash;

    public IdentityPasswordHasher()
    {
        _decoyHash = new Lazy<string>(() => _hasher.HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18))));
    }

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public PasswordVerification Verify(string hash, string password)
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

    public void VerifyNothing(string password) => _hasher.VerifyHashedPassword(null!, _decoyHash.Value, password);
}
