using MerchantAccess.Domain.Sessions;

namespace MerchantAccess.Domain.Tests.Fakes;

/// <summary>Tokens that are readable strings, for unit tests of the sign-in steps.</summary>
public sealed class FakeTokenService(TimeProvider time) : ITokenService
{
    public IssuedToken IssueAccessToken(string userId, string companyId, string sessionId, DateTimeOffset expiresAt) =>
        new($"access|{userId}|{companyId}|{sessionId}|{expiresAt.UtcTicks}", expiresAt);

    public IssuedToken IssueChallenge(ChallengeClaims claims, DateTimeOffset expiresAt) =>
        new($"challenge|{claims.UserId}|{claims.CompanyId}|{claims.Step}|{claims.Stamp}|{expiresAt.UtcTicks}", expiresAt);

    public Task<AccessTokenClaims?> ValidateAccessTokenAsync(string token)
    {
        var parts = token.Split('|');
        return Task.FromResult(parts is ["access", var user, var company, var session, var expires] && long.Parse(expires, System.Globalization.CultureInfo.InvariantCulture) > time.GetUtcNow().UtcTicks
            ? new AccessTokenClaims(user, company, session)
            : null);
    }

    public Task<ChallengeClaims?> ValidateChallengeAsync(string token, ChallengeStep step)
    {
        var parts = token.Split('|');
        return Task.FromResult(parts is ["challenge", var user, var company, var tokenStep, var stamp, var expires]
            && tokenStep == step.ToString()
            && long.Parse(expires, System.Globalization.CultureInfo.InvariantCulture) > time.GetUtcNow().UtcTicks
            ? new ChallengeClaims(user, company, step, stamp)
            : null);
    }
}
