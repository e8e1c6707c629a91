namespace MerchantAccess.Domain.RateLimiting;

/// <summary>
/// At most <see cref="Limit"/> uses of one <see cref="Key"/> within any sliding
/// <see cref="Window"/>, counted apart for each <see cref="Scope"/>.
/// </summary>
/// <param name="Scope">What is limited, for example <c>sms-user</c>; keys of different scopes never share a count.</param>
/// <param name="Key">Who or what is counted within the scope: a user id, a phone number, a client address.</param>
public sealed record RateLimitRule(string Scope, string Key, int Limit, TimeSpan Window)
{
    /// <summary>
    /// Largest accepted <see cref="Limit"/>. The limiter remembers one instant per use within the
    /// window, and this bound keeps that list small.
    /// </summary>
    public const int MaxLimit = 1000;
}
