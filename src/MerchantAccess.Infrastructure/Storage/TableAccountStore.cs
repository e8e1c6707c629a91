using System.Buffers.Text;
using System.Net;
using System.Text;
using Azure;
using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage.Entities;
using MerchantAccess.Infrastructure.Telemetry;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Storage;

/// <summary>
/// <see cref="IAccountStore"/> on Azure Table Storage. A company's partition of the accounts table
/// holds the company row, its users, their events and the audit markers, so a user's new state,
/// its events and its markers are written in one entity group transaction. The directory table
/// maps logins and user ids to their partition.
/// </summary>
public sealed class TableAccountStore : IAccountStore
{
    private readonly TableClient _accounts;
    private readonly TableClient _directory;
    private readonly AccountEventMetrics? _metrics;

    /// <param name="metrics">Counters of committed events; <c>null</c> counts nothing, for code that builds a store without the app's services.</param>
    public TableAccountStore(TableServiceClient service, IOptions<StorageOptions> options, AccountEventMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);

        _accounts = service.GetTableClient(options.Value.AccountsTable);
        _directory = service.GetTableClient(options.Value.DirectoryTable);
        _metrics = metrics;
    }

    /// <summary>Creates the tables when they do not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await _accounts.CreateIfNotExistsAsync(cancellationToken);
        await _directory.CreateIfNotExistsAsync(cancellationToken);
    }

    public async Task<DirectoryEntry?> FindByLoginAsync(string normalizedLogin, CancellationToken cancellationToken)
    {
        var row = await _directory.GetEntityIfExistsAsync<DirectoryEntity>(TableKeys.LoginEntry(normalizedLogin), "", cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { UserId: { } userId, CompanyId: { } companyId }
            ? new DirectoryEntry(userId, companyId)
            : null;
    }

    public async Task<string?> FindCompanyOfUserAsync(string userId, CancellationToken cancellationToken)
    {
        var row = await _directory.GetEntityIfExistsAsync<DirectoryEntity>(TableKeys.UserEntry(userId), "", cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.CompanyId : null;
    }

    public async Task<AccountSnapshot?> LoadAsync(string companyId, string userId, CancellationToken cancellationToken)
    {
        // One query reads the user and the company rows of the partition together.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and (RowKey eq {TableKeys.CompanyRow} or RowKey eq {TableKeys.User(userId)})");
        UserEntity? user = null;
        CompanyEntity? company = null;
        await foreach (var row in _accounts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == TableKeys.CompanyRow)
            {
                company = Convert<CompanyEntity>(row);
            }
            else
            {
                user = Convert<UserEntity>(row);
            }
        }

        return user is null || company is null
            ? null
            : new AccountSnapshot(EntityMapper.ToUser(user), EntityMapper.ToCompany(company), user.ETag.ToString());
    }

    public async Task<bool> TryCommitAsync(AccountChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);

        var original = change.Original.User;
        if (change.Updated.Id != original.Id || change.Updated.CompanyId != original.CompanyId)
        {
            throw new ArgumentException("A change must keep the user's id and company.", nameof(change));
        }

        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, EntityMapper.ToEntity(change.Updated), new ETag(change.Original.Version)),
        };
        var receiptIndex = AddDeliveryReceipt(actions, change);
        actions.AddRange(EventActions(change.Events, original.CompanyId));
        actions.AddRange(IndexRows.Changes(original, change.Updated));

        try
        {
            await _accounts.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
        {
            // The storage client sends a transaction again when its response was lost. When the
            // first send was applied, the second one fails on the ETag, or on an event row that
            // exists, and reports a conflict that this change caused itself.
            if (!await WasCommittedAsync(change, cancellationToken))
            {
                // Another writer changed the user since it was read, or another handler of the
                // same message recorded the delivery first.
                if (IsLostRace(exception, receiptIndex))
                {
                    return false;
                }

                throw;
            }
        }
        catch (TableTransactionFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound && exception.FailedTransactionActionIndex == 0)
        {
            // The user row is gone, which is a change since it was read.
            return false;
        }

        _metrics?.Record(change.Events);
        return true;
    }

    /// <summary>
    /// Returns whether a failed transaction failed because another writer got there first: the
    /// ETag of the user row (the first action), or the insert of a delivery receipt.
    /// </summary>
    private static bool IsLostRace(TableTransactionFailedException exception, int receiptIndex) =>
        (exception.Status == (int)HttpStatusCode.PreconditionFailed && exception.FailedTransactionActionIndex == 0)
        || (exception.Status == (int)HttpStatusCode.Conflict && exception.FailedTransactionActionIndex == receiptIndex);

    /// <summary>
    /// Returns whether the transaction of <paramref name="change"/> was applied, which is the case
    /// when the row of its first event exists: event ids are random, so no other writer adds it. A
    /// change without events cannot be recognised, and is reported as not committed.
    /// </summary>
    private async Task<bool> WasCommittedAsync(AccountChange change, CancellationToken cancellationToken)
    {
        if (change.Events.Count == 0)
        {
            return false;
        }

        return await EventExistsAsync(change.Events[0], cancellationToken);
    }

    private async Task<bool> EventExistsAsync(AccountEvent accountEvent, CancellationToken cancellationToken)
    {
        var rowKey = TableKeys.TimelineEvent(accountEvent.OccurredAt, accountEvent.Id);
        var row = await _accounts.GetEntityIfExistsAsync<TableEntity>(accountEvent.CompanyId, rowKey, ["RowKey"], cancellationToken);
        return row.HasValue;
    }

    public async Task<bool> IsDeliveryRecordedAsync(string companyId, string deliveryId, CancellationToken cancellationToken)
    {
        var row = await _accounts.GetEntityIfExistsAsync<TableEntity>(companyId, TableKeys.DeliveryReceipt(deliveryId), ["RowKey"], cancellationToken);
        return row.HasValue;
    }

    public async Task AppendEventsAsync(IReadOnlyList<AccountEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        await SubmitInsertsAsync(EventActions(events, events[0].CompanyId), events[0], cancellationToken);
        _metrics?.Record(events);
    }

    public async Task<bool> TryCreateUserAsync(UserAccount user, AccountEvent created, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(created);

        // The login row is the uniqueness guard: it is claimed first, and released if the user
        // cannot be written after it.
        if (!await TryClaimLoginAsync(user, cancellationToken))
        {
            return false;
        }

        try
        {
            await _directory.UpsertEntityAsync(
                new DirectoryEntity { PartitionKey = TableKeys.UserEntry(user.Id), RowKey = "", CompanyId = user.CompanyId, UserId = user.Id },
                TableUpdateMode.Replace,
                cancellationToken);

            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, EntityMapper.ToEntity(user)) };
            actions.AddRange(EventActions([created], user.CompanyId));
            actions.AddRange(IndexRows.Changes(null, user));
            await SubmitInsertsAsync(actions, created, cancellationToken);
            _metrics?.Record([created]);
            return true;
        }
        catch
        {
            await _directory.DeleteEntityAsync(TableKeys.LoginEntry(user.NormalizedLogin), "", ETag.All, CancellationToken.None);
            throw;
        }
    }

    public async Task CreateCompanyAsync(Company company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);

        await _accounts.AddEntityAsync(EntityMapper.ToEntity(company), cancellationToken);
        await _directory.UpsertEntityAsync(
            new DirectoryEntity
            {
                PartitionKey = TableKeys.CompaniesPartition,
                RowKey = company.Id,
                CompanyId = company.Id,
                Name = company.Name,
                IsSupportOrganisation = company.IsSupportOrganisation,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    public async Task<Company?> FindCompanyAsync(string companyId, CancellationToken cancellationToken)
    {
        var row = await _accounts.GetEntityIfExistsAsync<CompanyEntity>(companyId, TableKeys.CompanyRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is not null ? EntityMapper.ToCompany(row.Value) : null;
    }

    public async Task<IReadOnlyList<CompanySummary>> ListCompaniesAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.CompaniesPartition}");
        var companies = new List<CompanySummary>();
        await foreach (var row in _directory.QueryAsync<DirectoryEntity>(filter, cancellationToken: cancellationToken))
        {
            companies.Add(new CompanySummary(row.RowKey, row.Name ?? "", row.IsSupportOrganisation));
        }

        return companies;
    }

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(string companyId, CancellationToken cancellationToken)
    {
        var (from, to) = TableKeys.Users();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        var users = new List<UserAccount>();
        await foreach (var row in _accounts.QueryAsync<UserEntity>(filter, cancellationToken: cancellationToken))
        {
            users.Add(EntityMapper.ToUser(row));
        }

        return users;
    }

    public async Task<IReadOnlyList<LockMarker>> ListLocksAsync(string companyId, CancellationToken cancellationToken)
    {
        var (from, to) = TableKeys.Locks();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        var locks = new List<LockMarker>();
        await foreach (var row in _accounts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            locks.Add(new LockMarker(
                row.GetString("UserId"),
                companyId,
                Enum.Parse<LockKind>(row.GetString("LockKind")),
                row.GetDateTimeOffset("LockedAt") ?? default,
                row.GetDateTimeOffset("LockedUntil"),
                row.GetString("Login")));
        }

        return locks;
    }

    public async Task<IReadOnlyList<QueuedDelivery>> ListQueuedDeliveriesAsync(string companyId, DateTimeOffset queuedBefore, CancellationToken cancellationToken)
    {
        var (from, to) = TableKeys.QueuedDeliveriesBefore(queuedBefore);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        var queued = new List<QueuedDelivery>();
        await foreach (var row in _accounts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            queued.Add(new QueuedDelivery(companyId, row.GetString("UserId"), row.GetString("DeliveryId"), TableKeys.QueuedAtOf(row.RowKey)));
        }

        return queued;
    }

    public async Task<EventPage?> ListEventsAsync(string companyId, string userId, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var (from, to) = TableKeys.UserEvents(userId);
        if (continuationToken is not null)
        {
            // The token is the row key of the last event returned; it must lie in this user's range.
            from = DecodeContinuation(continuationToken) ?? "";
            if (string.CompareOrdinal(from, TableKeys.UserEvents(userId).From) < 0 || string.CompareOrdinal(from, to) >= 0)
            {
                return null;
            }
        }

        var filter = continuationToken is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey gt {from} and RowKey lt {to}");
        var items = new List<EventEntity>(pageSize + 1);
        await foreach (var row in _accounts.QueryAsync<EventEntity>(filter, maxPerPage: pageSize + 1, cancellationToken: cancellationToken))
        {
            items.Add(row);
            if (items.Count > pageSize)
            {
                break;
            }
        }

        var page = items.Take(pageSize).ToList();
        var next = items.Count > pageSize ? EncodeContinuation(page[^1].RowKey) : null;
        return new EventPage(page.Select(EntityMapper.ToEvent).ToList(), next);
    }

    private static string EncodeContinuation(string rowKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(rowKey));

    private static string? DecodeContinuation(string token)
    {
        if (token.Length > 1024)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Submits a transaction of inserts that records <paramref name="accountEvent"/>. The storage
    /// client sends a transaction again when its response was lost, and a send that was applied
    /// makes the retry fail with a conflict. That conflict is success, recognised by the event
    /// row, whose id is random.
    /// </summary>
    private async Task SubmitInsertsAsync(IEnumerable<TableTransactionAction> actions, AccountEvent accountEvent, CancellationToken cancellationToken)
    {
        try
        {
            await _accounts.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            if (!await EventExistsAsync(accountEvent, cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task<bool> TryClaimLoginAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var claim = new DirectoryEntity
        {
            PartitionKey = TableKeys.LoginEntry(user.NormalizedLogin),
            RowKey = "",
            UserId = user.Id,
            CompanyId = user.CompanyId,
        };

        try
        {
            await _directory.AddEntityAsync(claim, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Conflict)
        {
            // A claim whose user was never written is left by a creation that failed half-way;
            // it may be taken over, on the condition that nobody else took it first.
            var existing = await _directory.GetEntityAsync<DirectoryEntity>(claim.PartitionKey, "", cancellationToken: cancellationToken);
            if (existing.Value.UserId == user.Id)
            {
                // The claim is this creation's own: a retried insert whose first send was applied.
                return true;
            }

            if (existing.Value.CompanyId is { } companyId && existing.Value.UserId is { } userId
                && await _accounts.GetEntityIfExistsAsync<TableEntity>(companyId, TableKeys.User(userId), ["RowKey"], cancellationToken) is { HasValue: true })
            {
                return false;
            }

            try
            {
                await _directory.UpdateEntityAsync(claim, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException raced) when (raced.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Adds the receipt of <see cref="AccountChange.CompletedDeliveryId"/>, when the change has one,
    /// and returns its index in <paramref name="actions"/>, or -1. The receipt is inserted, not
    /// upserted, so a second record of the same delivery makes the whole transaction fail.
    /// </summary>
    private static int AddDeliveryReceipt(List<TableTransactionAction> actions, AccountChange change)
    {
        if (change.CompletedDeliveryId is not { } deliveryId)
        {
            return -1;
        }

        var receipt = new TableEntity(change.Original.User.CompanyId, TableKeys.DeliveryReceipt(deliveryId))
        {
            ["UserId"] = change.Original.User.Id,
        };
        actions.Add(new TableTransactionAction(TableTransactionActionType.Add, receipt));
        return actions.Count - 1;
    }

    /// <summary>Each event goes to the user's history and to the company timeline.</summary>
    private static IEnumerable<TableTransactionAction> EventActions(IEnumerable<AccountEvent> events, string companyId)
    {
        foreach (var accountEvent in events)
        {
            if (accountEvent.CompanyId != companyId)
            {
                throw new ArgumentException("Events written together must belong to one company partition.", nameof(events));
            }

            if (accountEvent.TargetUserId is { } userId)
            {
                yield return new(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.UserEvent(userId, accountEvent.OccurredAt, accountEvent.Id)));
            }

            yield return new(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.TimelineEvent(accountEvent.OccurredAt, accountEvent.Id)));
        }
    }

    private static T Convert<T>(TableEntity row)
        where T : class, ITableEntity, new() => TableEntityConverter.To<T>(row);
}
