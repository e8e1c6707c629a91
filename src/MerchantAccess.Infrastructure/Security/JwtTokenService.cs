using System.Security.Claims;
using MerchantAccess.Domain.Sessions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MerchantAccess.Infrastructure.Security;

/// <summary>
/// <see cref="ITokenService"/> with JSON Web Tokens signed with HMAC-SHA256. Access tokens and
/// challenges carry different audiences, so one can never be used as the other.
/// </summary>
public sealed class JwtTokenService : ITokenService
{
    private const string Issuer = "merchantaccess";
    private const string AccessAudience = "merchantaccess-api";
    private const string ChallengeAudience = "merchantaccess-challenge";
    private const string CompanyClaim = "cid";
    private const string SessionClaim = "sid";
    private const string StepClaim = "step";
    private const string StampClaim = "stamp";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly TimeProvider _time;

    public JwtTokenService(IOptions<SecretsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);

        byte[] key;
        try
        {
            key = Convert.FromBase64String(options.Value.TokenSigningKey);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException("The setting MerchantAccess__Secrets__TokenSigningKey is not valid base64.", exception);
        }

        if (key.Length < 32)
        {
            throw new InvalidOperationException("The setting MerchantAccess__Secrets__TokenSigningKey must be the base64 of at least 32 bytes.");
        }

        _credentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256);
        _time = time;
    }

    public IssuedToken IssueAccessToken(string userId, string companyId, string sessionId, DateTimeOffset expiresAt) =>
        Issue(AccessAudience, expiresAt, new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = userId,
            [CompanyClaim] = companyId,
            [SessionClaim] = sessionId,
        });

    public IssuedToken IssueChallenge(ChallengeClaims claims, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(claims);

        return Issue(ChallengeAudience, expiresAt, new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = claims.UserId,
            [CompanyClaim] = claims.CompanyId,
            [StepClaim] = claims.Step.ToString(),
            [StampClaim] = claims.Stamp,
        });
    }

    public async Task<AccessTokenClaims?> ValidateAccessTokenAsync(string token)
    {
        var identity = await ValidateAsync(token, AccessAudience);
        return identity is null
            || Claim(identity, JwtRegisteredClaimNames.Sub) is not { } userId
            || Claim(identity, CompanyClaim) is not { } companyId
            || Claim(identity, SessionClaim) is not { } sessionId
            ? null
            : new AccessTokenClaims(userId, companyId, sessionId);
    }

    public async Task<ChallengeClaims?> ValidateChallengeAsync(string token, ChallengeStep step)
    {
        var identity = await ValidateAsync(token, ChallengeAudience);
        return identity is null
            || Claim(identity, JwtRegisteredClaimNames.Sub) is not { } userId
            || Claim(identity, CompanyClaim) is not { } companyId
            || Claim(identity, StampClaim) is not { } stamp
            || Claim(identity, StepClaim) != step.ToString()
            ? null
            : new ChallengeClaims(userId, companyId, step, stamp);
    }

    private IssuedToken Issue(string audience, DateTimeOffset expiresAt, Dictionary<string, object> claims)
    {
        var now = _time.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = claims,
            SigningCredentials = _credentials,
        };
        return new IssuedToken(_handler.CreateToken(descriptor), expiresAt);
    }

    private async Task<ClaimsIdentity?> ValidateAsync(string token, string audience)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return null;
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = audience,
            IssuerSigningKey = _credentials.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } end && _time.GetUtcNow().UtcDateTime < end && (notBefore is null || notBefore <= _time.GetUtcNow().UtcDateTime.AddSeconds(5)),
        };

        var result = await _handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? result.ClaimsIdentity : null;
    }

    private static string? Claim(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value;
}
