using MerchantAccess.Domain.FirstConnection;

namespace MerchantAccess.Functions.FirstConnection;

/// <summary>The body of a successful sign-in step.</summary>
public sealed record SignInResponse
{
    public required SignInStatus Status { get; init; }

    public string? AccessToken { get; init; }

    public string? TokenType { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public string? ChallengeToken { get; init; }

    public DateTimeOffset? ChallengeExpiresAt { get; init; }

    public int? AttemptsRemaining { get; init; }

    public PasswordChangeReason? Reason { get; init; }

    public static SignInResponse From(SignInStep step)
    {
        ArgumentNullException.ThrowIfNull(step);

        return new SignInResponse
        {
            Status = step.Status,
            AccessToken = step.AccessToken?.Value,
            TokenType = step.AccessToken is null ? null : "Bearer",
            ExpiresAt = step.AccessToken?.ExpiresAt,
            ChallengeToken = step.Challenge?.Value,
            ChallengeExpiresAt = step.Challenge?.ExpiresAt,
            AttemptsRemaining = step.AttemptsRemaining,
            Reason = step.Reason,
        };
    }
}
