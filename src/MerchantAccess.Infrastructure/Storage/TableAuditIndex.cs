using Azure.Data.Tables;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage.Entities;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Storage;

/// <summary>
/// <see cref="IAuditIndex"/> on the accounts table: each read is a range query over one kind of
/// marker, or over the period of the timeline, inside one company partition.
/// </summary>
public sealed class TableAuditIndex : IAuditIndex
{
    private readonly TableClient _accounts;

    public TableAuditIndex(TableServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);

        _accounts = service.GetTableClient(options.Value.AccountsTable);
    }

    public async Task<IReadOnlyList<ResetExpiryMarker>> ListExpiredResetsAsync(string companyId, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var (from, to) = TableKeys.ResetExpiriesBefore(instant);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        var markers = new List<ResetExpiryMarker>();
        await foreach (var row in _accounts.QueryAsync<TableEntity>(filter, select: ["RowKey", "UserId", "ResetId"], cancellationToken: cancellationToken))
        {
            markers.Add(new ResetExpiryMarker(row.GetString("UserId"), row.GetString("ResetId"), TableKeys.ResetExpiryOf(row.RowKey)));
        }

        return markers;
    }

    public async Task<IReadOnlyList<string>> ListInactiveUsersAsync(string companyId, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var (from, to) = TableKeys.ActivityBefore(instant);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        var users = new List<string>();
        await foreach (var row in _accounts.QueryAsync<TableEntity>(filter, select: ["UserId"], cancellationToken: cancellationToken))
        {
            users.Add(row.GetString("UserId"));
        }

        return users;
    }

    public async Task<IReadOnlyList<AccountEvent>> ListLockEventsAsync(string companyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (fromKey, toKey) = TableKeys.Timeline(from, to);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {fromKey} and RowKey lt {toKey} and (Type eq {AccountEventTypes.AccountLocked} or Type eq {AccountEventTypes.AccountUnlocked})");
        var events = new List<AccountEvent>();
        await foreach (var row in _accounts.QueryAsync<EventEntity>(filter, cancellationToken: cancellationToken))
        {
            events.Add(EntityMapper.ToEvent(row));
        }

        return events;
    }
}
