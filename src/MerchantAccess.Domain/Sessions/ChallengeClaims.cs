namespace MerchantAccess.Domain.Sessions;

/// <summary>What a valid challenge token states.</summary>
/// <param name="Stamp">
/// Ties the challenge to one state of the account: the reset id during a first connection, or the
/// time of the last password change when the password has expired. A challenge whose stamp no
/// longer matches the account is void.
/// </param>
public sealed record ChallengeClaims(string UserId, string CompanyId, ChallengeStep Step, string Stamp);
