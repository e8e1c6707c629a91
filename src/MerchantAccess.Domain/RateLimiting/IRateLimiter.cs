namespace MerchantAccess.Domain.RateLimiting;

/// <summary>
/// Counts uses against sliding-window limits shared by every instance of the app, for example to
/// stop SMS pumping or repeated forgotten-password requests.
/// </summary>
public interface IRateLimiter
{
    /// <summary>
    /// Records one use under every rule of <paramref name="rules"/> when all of them allow it. When
    /// one rejects it, no use is recorded under any rule, and the decision gives the latest time at
    /// which every rejecting rule allows a use again.
    /// </summary>
    /// <remarks>
    /// Concurrent requests never get more uses than a limit allows. Under contention a request
    /// that a later rule rejects may still have used one unit of an earlier rule, so the limits
    /// err on the side of rejecting.
    /// </remarks>
    Task<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, CancellationToken cancellationToken);
}
