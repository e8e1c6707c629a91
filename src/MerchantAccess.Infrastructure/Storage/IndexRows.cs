using Azure;
using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Infrastructure.Storage;

/// <summary>
/// Derives the marker rows that let the audit find what it needs without reading every user:
/// one row per locked account, one per pending reset keyed by the expiry of its temporary
/// password until the audit marks it expired, and one per account in service keyed by the day of
/// its last activity. The delivery sweep has one more: one per account whose credentials e-mail or
/// security-code SMS is queued, keyed by when it was queued. They live in the company partition
/// and change in the same transaction as the user row, so they never disagree with it. A disabled
/// account has no activity marker, so the daily audit does not read it again.
/// </summary>
public static class IndexRows
{
    /// <summary>The rows an account needs in its state <paramref name="user"/>, by row key.</summary>
    public static IReadOnlyDictionary<string, TableEntity> For(UserAccount? user)
    {
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        if (user is null)
        {
            return rows;
        }

        if (user.Lock is { } kind)
        {
            var key = TableKeys.Lock(user.Id);
            rows[key] = new TableEntity(user.CompanyId, key)
            {
                ["UserId"] = user.Id,
                ["LockKind"] = kind.ToString(),
                ["LockedAt"] = user.StateChangedAt,
                ["LockedUntil"] = user.PasswordLockedUntil,
                ["Login"] = user.Login,
            };
        }

        if (user.Reset is { ExpiredAt: null } reset)
        {
            var key = TableKeys.ResetExpiry(reset.ExpiresAt, user.Id);
            rows[key] = new TableEntity(user.CompanyId, key) { ["UserId"] = user.Id, ["ResetId"] = reset.Id };
        }

        if (user.Delivery is { State: DeliveryState.Queued } delivery)
        {
            var key = TableKeys.QueuedDelivery(delivery.At, user.Id);
            rows[key] = new TableEntity(user.CompanyId, key) { ["UserId"] = user.Id, ["DeliveryId"] = delivery.DeliveryId };
        }

        if (user.State != AccountState.Disabled)
        {
            var activityKey = TableKeys.Activity(AccountActivity.LastActivityDay(user), user.Id);
            rows[activityKey] = new TableEntity(user.CompanyId, activityKey) { ["UserId"] = user.Id };
        }

        return rows;
    }

    /// <summary>
    /// The transaction actions that take the markers of <paramref name="before"/> to those of
    /// <paramref name="after"/>: rows that are gone are deleted, new or changed rows are written.
    /// </summary>
    public static IEnumerable<TableTransactionAction> Changes(UserAccount? before, UserAccount after)
    {
        var old = For(before);
        var current = For(after);
        foreach (var (key, row) in old)
        {
            if (!current.ContainsKey(key))
            {
                yield return new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All);
            }
        }

        foreach (var (key, row) in current)
        {
            if (!old.TryGetValue(key, out var previous) || !SameValues(previous, row))
            {
                yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
            }
        }
    }

    private static bool SameValues(TableEntity a, TableEntity b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && Equals(pair.Value, value));
}
