using System.Globalization;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Tests.Fakes;

/// <summary>
/// A thread-safe in-memory <see cref="IAccountStore"/> with the same conditional-write contract as
/// the table store: a commit succeeds only when the user is still at the version that was read.
/// </summary>
public sealed class InMemoryAccountStore : IAccountStore
{
    private readonly object _gate = new();
    private int _loads;
    private readonly Dictionary<string, Company> _companies = [];
    private readonly Dictionary<string, (UserAccount User, long Version)> _users = [];
    private readonly List<AccountEvent> _events = [];
    private readonly HashSet<string> _deliveries = [];
    private long _nextVersion = 1;

    public int Commits { get; private set; }

    public int RejectedCommits { get; private set; }

    /// <summary>Calls of <see cref="LoadAsync"/> so far.</summary>
    public int Loads => _loads;

    public IReadOnlyList<AccountEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToList();
            }
        }
    }

    public UserAccount User(string userId)
    {
        lock (_gate)
        {
            return _users[userId].User;
        }
    }

    public void Add(Company company, UserAccount user)
    {
        lock (_gate)
        {
            _companies[company.Id] = company;
            _users[user.Id] = (user, _nextVersion++);
        }
    }

    public Task<DirectoryEntry?> FindByLoginAsync(string normalizedLogin, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var match = _users.Values.Select(entry => entry.User).FirstOrDefault(user => user.NormalizedLogin == normalizedLogin);
            return Task.FromResult(match is null ? null : new DirectoryEntry(match.Id, match.CompanyId));
        }
    }

    public Task<string?> FindCompanyOfUserAsync(string userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_users.TryGetValue(userId, out var entry) ? entry.User.CompanyId : null);
        }
    }

    public async Task<AccountSnapshot?> LoadAsync(string companyId, string userId, CancellationToken cancellationToken)
    {
        // Yield so that concurrent callers interleave between read and write, as with real storage.
        await Task.Yield();
        Interlocked.Increment(ref _loads);
        lock (_gate)
        {
            return _users.TryGetValue(userId, out var entry) && entry.User.CompanyId == companyId
                ? new AccountSnapshot(entry.User, _companies[companyId], entry.Version.ToString(CultureInfo.InvariantCulture))
                : null;
        }
    }

    public async Task<bool> TryCommitAsync(AccountChange change, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_gate)
        {
            var current = _users[change.Original.User.Id];
            if (current.Version.ToString(CultureInfo.InvariantCulture) != change.Original.Version
                || (change.CompletedDeliveryId is { } deliveryId && _deliveries.Contains(deliveryId)))
            {
                RejectedCommits++;
                return false;
            }

            if (change.CompletedDeliveryId is { } completed)
            {
                _deliveries.Add(completed);
            }

            _users[change.Updated.Id] = (change.Updated, _nextVersion++);
            _events.AddRange(change.Events);
            Commits++;
            return true;
        }
    }

    public Task<bool> IsDeliveryRecordedAsync(string companyId, string deliveryId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_deliveries.Contains(deliveryId));
        }
    }

    public Task AppendEventsAsync(IReadOnlyList<AccountEvent> events, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _events.AddRange(events);
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryCreateUserAsync(UserAccount user, AccountEvent created, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_users.Values.Any(entry => entry.User.NormalizedLogin == user.NormalizedLogin))
            {
                return Task.FromResult(false);
            }

            _users[user.Id] = (user, _nextVersion++);
            _events.Add(created);
            return Task.FromResult(true);
        }
    }

    public Task CreateCompanyAsync(Company company, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _companies[company.Id] = company;
        }

        return Task.CompletedTask;
    }

    public Task<Company?> FindCompanyAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_companies.GetValueOrDefault(companyId));
        }
    }

    public Task<IReadOnlyList<CompanySummary>> ListCompaniesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<CompanySummary>>(_companies.Values.Select(company => new CompanySummary(company.Id, company.Name, company.IsSupportOrganisation)).ToList());
        }
    }

    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<UserAccount>>(_users.Values.Select(entry => entry.User).Where(user => user.CompanyId == companyId).ToList());
        }
    }

    public Task<IReadOnlyList<LockMarker>> ListLocksAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<LockMarker>>(_users.Values
                .Select(entry => entry.User)
                .Where(user => user.CompanyId == companyId && user.Lock is not null)
                .Select(user => new LockMarker(user.Id, companyId, user.Lock!.Value, user.StateChangedAt, user.PasswordLockedUntil))
                .ToList());
        }
    }

    public Task<IReadOnlyList<QueuedDelivery>> ListQueuedDeliveriesAsync(string companyId, DateTimeOffset queuedBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<QueuedDelivery>>(_users.Values
                .Select(entry => entry.User)
                .Where(user => user.CompanyId == companyId && user.Delivery is { State: DeliveryState.Queued } delivery && delivery.At < queuedBefore)
                .Select(user => new QueuedDelivery(companyId, user.Id, user.Delivery!.DeliveryId, user.Delivery.At))
                .ToList());
        }
    }

    public Task<EventPage?> ListEventsAsync(string companyId, string userId, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var items = _events.Where(e => e.CompanyId == companyId && e.TargetUserId == userId).OrderByDescending(e => e.OccurredAt).Take(pageSize).ToList();
            return Task.FromResult<EventPage?>(new EventPage(items, null));
        }
    }
}
