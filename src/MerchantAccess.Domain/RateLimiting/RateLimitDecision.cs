namespace MerchantAccess.Domain.RateLimiting;

/// <summary>Whether a request may go ahead, and if not, from when it may be tried again.</summary>
public sealed record RateLimitDecision(bool IsAllowed, DateTimeOffset? RetryAfter)
{
    public static RateLimitDecision Allowed { get; } = new(true, null);

    public static RateLimitDecision Rejected(DateTimeOffset retryAfter) => new(false, retryAfter);
}
