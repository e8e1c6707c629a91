using MerchantAccess.Domain.Sessions;

namespace MerchantAccess.Domain.FirstConnection;

/// <summary>The next step of a sign-in, with the token that unlocks it.</summary>
public sealed record SignInStep
{
    public required SignInStatus Status { get; init; }

    /// <summary>Set when <see cref="Status"/> is <see cref="SignInStatus.Authenticated"/>.</summary>
    public IssuedToken? AccessToken { get; init; }

    /// <summary>Set for the other statuses.</summary>
    public IssuedToken? Challenge { get; init; }

    /// <summary>Security code entries left before the lock, with <see cref="SignInStatus.SecurityCodeRequired"/>.</summary>
    public int? AttemptsRemaining { get; init; }

    public PasswordChangeReason? Reason { get; init; }

    public static SignInStep Authenticated(IssuedToken accessToken) =>
        new() { Status = SignInStatus.Authenticated, AccessToken = accessToken };

    public static SignInStep SecurityCodeRequired(IssuedToken challenge, int attemptsRemaining) =>
        new() { Status = SignInStatus.SecurityCodeRequired, Challenge = challenge, AttemptsRemaining = attemptsRemaining };

    public static SignInStep PasswordChangeRequired(IssuedToken challenge, PasswordChangeReason reason) =>
        new() { Status = SignInStatus.PasswordChangeRequired, Challenge = challenge, Reason = reason };
}
