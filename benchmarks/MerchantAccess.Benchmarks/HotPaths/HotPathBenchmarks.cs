using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Secrets;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Benchmarks.HotPaths;

/// <summary>
/// The in-process work of the sign-in flow, with the app's own classes and keys of the sizes the
/// app requires: password hashing and verification, the security-code comparison, token issue
/// and validation, and the AES-GCM sealing of security codes.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks : IDisposable
{
    private const string Password = "Croissant2026Vente";
    private const string SecurityCode = "BD7429QM";
    private static readonly string CompanyId = Guid.NewGuid().ToString("N");

    private IdentityPasswordHasher _hasher = null!;
    private string _hash = "";
    private AesGcmSecretProtector _protector = null!;
    private string _sealedCode = "";
    private JwtTokenService _tokens = null!;
    private string _accessToken = "";
    private string _challenge = "";
    private string _enteredCode = "bd74 29qm";

    [GlobalSetup]
    public void Setup()
    {
        var secrets = Options.Create(new SecretsOptions
        {
            EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            TokenSigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        });
        _hasher = new IdentityPasswordHasher();
        _hash = _hasher.HashAsync(Password, CancellationToken.None).GetAwaiter().GetResult();
        _protector = new AesGcmSecretProtector(secrets);
        _sealedCode = _protector.Protect(SecurityCode, SecretPurposes.CompanySecurityCode(CompanyId));
        _tokens = new JwtTokenService(secrets, TimeProvider.System);
        _accessToken = IssueAccessToken();
        _challenge = IssueChallenge();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _hasher?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "hash password (PBKDF2-HMAC-SHA512, 100 000 iterations)")]
    public Task<string> HashPassword() => _hasher.HashAsync(Password, CancellationToken.None);

    [Benchmark(Description = "verify password")]
    public Task<PasswordVerification> VerifyPassword() => _hasher.VerifyAsync(_hash, Password, CancellationToken.None);

    [Benchmark(Description = "compare security code (constant time)")]
    public bool CompareSecurityCode() => SecurityCodes.Matches(SecurityCode, _enteredCode);

    [Benchmark(Description = "seal security code (AES-256-GCM)")]
    public string SealSecurityCode() => _protector.Protect(SecurityCode, SecretPurposes.CompanySecurityCode(CompanyId));

    [Benchmark(Description = "open security code (AES-256-GCM)")]
    public string OpenSecurityCode() => _protector.Unprotect(_sealedCode, SecretPurposes.CompanySecurityCode(CompanyId));

    [Benchmark(Description = "issue access token (HMAC-SHA256 JWT)")]
    public string IssueAccessToken() => _tokens.IssueAccessToken("user-1", CompanyId, "session-1", DateTimeOffset.UtcNow.AddMinutes(30)).Value;

    [Benchmark(Description = "validate access token")]
    public Task<AccessTokenClaims?> ValidateAccessToken() => _tokens.ValidateAccessTokenAsync(_accessToken);

    [Benchmark(Description = "issue challenge token")]
    public string IssueChallenge() => _tokens.IssueChallenge(new ChallengeClaims("user-1", CompanyId, ChallengeStep.SecurityCode, "reset-1"), DateTimeOffset.UtcNow.AddMinutes(10)).Value;

    [Benchmark(Description = "validate challenge token")]
    public Task<ChallengeClaims?> ValidateChallenge() => _tokens.ValidateChallengeAsync(_challenge, ChallengeStep.SecurityCode);
}
