using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using MerchantAccess.Domain.RateLimiting;
using MerchantAccess.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.RateLimiting;

/// <summary>
/// <see cref="IRateLimiter"/> on Azure Table Storage, shared by every instance of the app. Each
/// scope and key has one row that lists the instants of its uses within the window (a sliding
/// log, at most <see cref="RateLimitRule.Limit"/> entries). Every change is written on the
/// condition of the ETag that was read, so two concurrent requests can never both take the last
/// use.
/// </summary>
public sealed class TableRateLimiter : IRateLimiter
{
    /// <summary>Conditional writes lost to concurrent requests before the request gives up.</summary>
    private const int MaxAttempts = 16;

    private readonly TableClient _table;
    private readonly TimeProvider _time;

    public TableRateLimiter(TableServiceClient service, IOptions<StorageOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);

        _table = service.GetTableClient(options.Value.RateLimitsTable);
        _time = time;
    }

    /// <summary>Creates the table when it does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken);
    }

    public async Task<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            Validate(rule);
        }

        // Every rule is checked before any use is recorded, so a rejected request costs nothing.
        var now = _time.GetUtcNow();
        var rows = new List<Row>(rules.Count);
        DateTimeOffset? retryAfter = null;
        foreach (var rule in rules)
        {
            var row = await ReadAsync(rule, cancellationToken);
            if (row.RetryAfter(now) is { } rejectedUntil)
            {
                retryAfter = Latest(retryAfter, rejectedUntil);
            }

            rows.Add(row);
        }

        if (retryAfter is { } rejected)
        {
            return RateLimitDecision.Rejected(rejected);
        }

        foreach (var row in rows)
        {
            if (await RecordAsync(row, cancellationToken) is { } rejectedUntil)
            {
                return RateLimitDecision.Rejected(rejectedUntil);
            }
        }

        return RateLimitDecision.Allowed;
    }

    /// <summary>
    /// Records one use under the rule of <paramref name="row"/>, reading again after each lost
    /// race. Returns <c>null</c> once recorded, or the instant the rule allows a use again when
    /// concurrent requests took the remaining uses first.
    /// </summary>
    private async Task<DateTimeOffset?> RecordAsync(Row row, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = _time.GetUtcNow();
            if (row.RetryAfter(now) is { } rejectedUntil)
            {
                return rejectedUntil;
            }

            // Each write carries its own id. Comparing the uses is not enough, because concurrent
            // requests at the same instant write the same uses.
            var uses = row.UsesWithin(now).Append(now.UtcTicks).ToList();
            var writeId = Guid.NewGuid().ToString("N");
            if (await TryWriteAsync(row, uses, writeId, cancellationToken))
            {
                return null;
            }

            await Task.Delay(Random.Shared.Next(1, 5 + (attempt * 4)), cancellationToken);
            row = await ReadAsync(row.Rule, cancellationToken);
            if (row.WriteId == writeId)
            {
                // The write was applied but its response was lost, and the storage client's retry
                // failed on the ETag it had changed itself. So the use is recorded, once.
                return null;
            }
        }

        throw new Domain.Common.ConcurrencyConflictException("The rate limit of one key changed concurrently too many times; try again.");
    }

    private async Task<bool> TryWriteAsync(Row row, IReadOnlyList<long> uses, string writeId, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(row.PartitionKey, "")
        {
            ["Uses"] = string.Join(' ', uses.Select(ticks => ticks.ToString(CultureInfo.InvariantCulture))),
            ["WriteId"] = writeId,
            ["Limit"] = row.Rule.Limit,
            ["WindowSeconds"] = (long)row.Rule.Window.TotalSeconds,
        };

        try
        {
            if (row.ETag is { } etag)
            {
                await _table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await _table.AddEntityAsync(entity, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict or (int)HttpStatusCode.NotFound && !IsMissingTable(exception))
        {
            return false;
        }
        catch (RequestFailedException exception) when (IsMissingTable(exception))
        {
            await EnsureCreatedAsync(cancellationToken);
            return false;
        }
    }

    private async Task<Row> ReadAsync(RateLimitRule rule, CancellationToken cancellationToken)
    {
        var partitionKey = TableKeys.Escape(rule.Scope) + "|" + TableKeys.Escape(rule.Key);
        NullableResponse<TableEntity> found;
        try
        {
            found = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, "", ["Uses", "WriteId"], cancellationToken);
        }
        catch (RequestFailedException exception) when (IsMissingTable(exception))
        {
            return new Row(rule, partitionKey, null, [], null);
        }

        if (!found.HasValue || found.Value is null)
        {
            return new Row(rule, partitionKey, null, [], null);
        }

        var uses = (found.Value.GetString("Uses") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(text => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture))
            .ToList();
        return new Row(rule, partitionKey, found.Value.ETag, uses, found.Value.GetString("WriteId"));
    }

    private static bool IsMissingTable(RequestFailedException exception) =>
        exception.Status == (int)HttpStatusCode.NotFound && exception.ErrorCode == "TableNotFound";

    private static void Validate(RateLimitRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(rule.Scope);
        ArgumentException.ThrowIfNullOrEmpty(rule.Key);
        ArgumentOutOfRangeException.ThrowIfLessThan(rule.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rule.Limit, RateLimitRule.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rule.Window, TimeSpan.Zero);
    }

    private static DateTimeOffset Latest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } known && known > candidate ? known : candidate;

    /// <summary>A rule's row as read: the instants of its uses in UTC ticks, oldest first, and the id of the write that stored them.</summary>
    private sealed record Row(RateLimitRule Rule, string PartitionKey, ETag? ETag, IReadOnlyList<long> Uses, string? WriteId)
    {
        /// <summary>The uses still inside the window that ends at <paramref name="now"/>.</summary>
        public IEnumerable<long> UsesWithin(DateTimeOffset now)
        {
            var windowStart = (now - Rule.Window).UtcTicks;
            return Uses.Where(ticks => ticks > windowStart).Order();
        }

        /// <summary>
        /// <c>null</c> when the rule allows one more use at <paramref name="now"/>; otherwise the
        /// instant the oldest use that counts leaves the window.
        /// </summary>
        public DateTimeOffset? RetryAfter(DateTimeOffset now)
        {
            var counted = UsesWithin(now).ToList();
            if (counted.Count < Rule.Limit)
            {
                return null;
            }

            // With the limit lowered since the row was written, more uses than the limit count.
            var freeing = counted[counted.Count - Rule.Limit];
            return new DateTimeOffset(freeing, TimeSpan.Zero) + Rule.Window;
        }
    }
}
