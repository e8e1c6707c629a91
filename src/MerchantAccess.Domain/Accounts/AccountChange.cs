using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// A new state of one user and the events that record it, to be written together or not at all,
/// on the condition that the user is still at <see cref="AccountSnapshot.Version"/> of <see cref="Original"/>.
/// </summary>
public sealed record AccountChange(AccountSnapshot Original, UserAccount Updated, IReadOnlyList<AccountEvent> Events)
{
    /// <summary>
    /// A delivery this change records as sent. The store writes a receipt for it in the same
    /// transaction, and a second change naming the same delivery fails as a concurrent change
    /// would, so a message handled twice is recorded once (see
    /// <see cref="IAccountStore.IsDeliveryRecordedAsync"/>).
    /// </summary>
    public string? CompletedDeliveryId { get; init; }
}
