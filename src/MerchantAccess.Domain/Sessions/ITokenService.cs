namespace MerchantAccess.Domain.Sessions;

/// <summary>Issues and validates the signed tokens of the sign-in flow.</summary>
public interface ITokenService
{
    IssuedToken IssueAccessToken(string userId, string companyId, string sessionId, DateTimeOffset expiresAt);

    IssuedToken IssueChallenge(ChallengeClaims claims, DateTimeOffset expiresAt);

    /// <summary>Returns the claims of a well-signed, unexpired access token, or <c>null</c>.</summary>
    Task<AccessTokenClaims?> ValidateAccessTokenAsync(string token);

    /// <summary>Returns the claims of a well-signed, unexpired challenge for <paramref name="step"/>, or <c>null</c>.</summary>
    Task<ChallengeClaims?> ValidateChallengeAsync(string token, ChallengeStep step);
}
