using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// What an operation decided after reading an account: an outcome, and when it changes the
/// account, the new state and the events that record it.
/// </summary>
public sealed record AccountDecision<T>(Result<T> Outcome, UserAccount? Updated, IReadOnlyList<AccountEvent> Events)
{
    /// <summary>Ends the operation with <paramref name="outcome"/> and writes nothing.</summary>
    public static AccountDecision<T> Answer(Result<T> outcome) => new(outcome, null, []);

    /// <summary>
    /// Writes <paramref name="updated"/> with <paramref name="events"/>, then ends with
    /// <paramref name="outcome"/>, which may be a failure that the write records (a wrong password).
    /// </summary>
    public static AccountDecision<T> Commit(UserAccount updated, IReadOnlyList<AccountEvent> events, Result<T> outcome) => new(outcome, updated, events);
}
