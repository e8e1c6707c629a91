using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// Persistence of companies, users and their events. Every write of a user's state is conditional
/// on the version that was read, and carries the events that record it in the same transaction.
/// </summary>
public interface IAccountStore
{
    /// <summary>Finds the account whose login normalises to <paramref name="normalizedLogin"/>.</summary>
    Task<DirectoryEntry?> FindByLoginAsync(string normalizedLogin, CancellationToken cancellationToken);

    /// <summary>Finds the company of a user id, or <c>null</c> when no such user exists.</summary>
    Task<string?> FindCompanyOfUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Reads a user with their company in one round trip.</summary>
    Task<AccountSnapshot?> LoadAsync(string companyId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <see cref="AccountChange.Updated"/> and its events atomically. Returns <c>false</c>,
    /// writing nothing, when the user changed since <see cref="AccountChange.Original"/> was read.
    /// </summary>
    Task<bool> TryCommitAsync(AccountChange change, CancellationToken cancellationToken);

    /// <summary>
    /// Returns whether a change with this <see cref="AccountChange.CompletedDeliveryId"/> was
    /// committed in the company's partition, that is whether the delivery was already sent.
    /// </summary>
    Task<bool> IsDeliveryRecordedAsync(string companyId, string deliveryId, CancellationToken cancellationToken);

    /// <summary>Records events that change no state, such as a refused attempt on a locked account.</summary>
    Task AppendEventsAsync(IReadOnlyList<AccountEvent> events, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a user and records <paramref name="created"/> with it. Returns <c>false</c>, writing
    /// nothing lasting, when another account already has the normalised login.
    /// </summary>
    Task<bool> TryCreateUserAsync(UserAccount user, AccountEvent created, CancellationToken cancellationToken);

    Task CreateCompanyAsync(Company company, CancellationToken cancellationToken);

    Task<Company?> FindCompanyAsync(string companyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CompanySummary>> ListCompaniesAsync(CancellationToken cancellationToken);

    /// <summary>Reads every user of one company; search and paging are applied by the caller.</summary>
    Task<IReadOnlyList<UserAccount>> ListUsersAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Lists the locked accounts of one company from their lock markers.</summary>
    Task<IReadOnlyList<LockMarker>> ListLocksAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>
    /// Lists the accounts of one company whose delivery status has been queued since before
    /// <paramref name="queuedBefore"/>, from their markers.
    /// </summary>
    Task<IReadOnlyList<QueuedDelivery>> ListQueuedDeliveriesAsync(string companyId, DateTimeOffset queuedBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a page of a user's events, newest first. Returns <c>null</c> when
    /// <paramref name="continuationToken"/> is not one this store issued for that user.
    /// </summary>
    Task<EventPage?> ListEventsAsync(string companyId, string userId, string? continuationToken, int pageSize, CancellationToken cancellationToken);
}
