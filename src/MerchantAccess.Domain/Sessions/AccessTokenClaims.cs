namespace MerchantAccess.Domain.Sessions;

/// <summary>What a valid access token states.</summary>
public sealed record AccessTokenClaims(string UserId, string CompanyId, string SessionId);
