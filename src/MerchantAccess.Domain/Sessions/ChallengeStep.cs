namespace MerchantAccess.Domain.Sessions;

/// <summary>The step of the sign-in flow that a challenge token unlocks.</summary>
public enum ChallengeStep
{
    SecurityCode,
    NewPassword,
}
