using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// A new state of one user and the events that record it, to be written together or not at all,
/// on the condition that the user is still at <see cref="AccountSnapshot.Version"/> of <see cref="Original"/>.
/// </summary>
public sealed record AccountChange(AccountSnapshot Original, UserAccount Updated, IReadOnlyList<AccountEvent> Events);
