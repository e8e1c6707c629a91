using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Secrets;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Infrastructure.Storage.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// Writes many accounts straight into the tables of a host, far faster than the API could create
/// them: each user's row, its marker rows as <see cref="IndexRows"/> derives them and its events
/// go in entity group transactions of up to 100 rows of one company partition.
/// </summary>
public static class BulkAccounts
{
    /// <summary>The most rows an entity group transaction may hold.</summary>
    public const int MaxBatchRows = 100;

    /// <summary>Creates a company whose security code is encrypted as the app does it, and returns it.</summary>
    public static async Task<Company> CreateCompanyAsync(LocalHostInstance host, string name, string securityCode, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(host);

        var id = Identifiers.New();
        var protector = host.Services.GetRequiredService<ISecretProtector>();
        var company = new Company
        {
            Id = id,
            Name = name,
            ProtectedSecurityCode = protector.Protect(securityCode, SecretPurposes.CompanySecurityCode(id)),
            CreatedAt = createdAt,
        };
        await host.Services.GetRequiredService<IAccountStore>().CreateCompanyAsync(company, CancellationToken.None);
        return company;
    }

    /// <summary>The rows of one user: the user, its marker rows, and each event in the user's history and the company timeline.</summary>
    public static IReadOnlyList<TableTransactionAction> Rows(UserAccount user, IEnumerable<AccountEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(user);

        var rows = new List<TableTransactionAction> { new(TableTransactionActionType.Add, EntityMapper.ToEntity(user)) };
        rows.AddRange(IndexRows.For(user).Values.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        foreach (var accountEvent in events ?? [])
        {
            rows.Add(new(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.UserEvent(user.Id, accountEvent.OccurredAt, accountEvent.Id))));
            rows.Add(new(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.TimelineEvent(accountEvent.OccurredAt, accountEvent.Id))));
        }

        return rows;
    }

    /// <summary>
    /// Writes the rows of many users to the host's accounts table. A user's rows never straddle
    /// two transactions, and each transaction contains rows of one partition only, as Table Storage
    /// requires.
    /// </summary>
    public static async Task WriteAsync(LocalHostInstance host, IEnumerable<IReadOnlyList<TableTransactionAction>> users, int parallelism = 4)
    {
        var accounts = ScenarioSteps.AccountsTable(host);
        var batches = new List<List<TableTransactionAction>>();
        foreach (var partition in users.GroupBy(rows => rows[0].Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            foreach (var rows in partition)
            {
                if (batch.Count + rows.Count > MaxBatchRows)
                {
                    batches.Add(batch);
                    batch = [];
                }

                batch.AddRange(rows);
            }

            batches.Add(batch);
        }

        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (batch, ct) =>
            await accounts.SubmitTransactionAsync(batch, ct));
    }

    /// <summary>
    /// Adds the directory rows that map each user's login and id to its company, so that the
    /// users can sign in and be found. Each row is its own partition, so they go one by one.
    /// </summary>
    public static async Task AddDirectoryEntriesAsync(LocalHostInstance host, IEnumerable<UserAccount> users, int parallelism = 4)
    {
        ArgumentNullException.ThrowIfNull(host);

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var directory = host.Services.GetRequiredService<TableServiceClient>().GetTableClient(options.DirectoryTable);
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (user, ct) =>
        {
            await directory.AddEntityAsync(new DirectoryEntity { PartitionKey = TableKeys.LoginEntry(user.NormalizedLogin), RowKey = "", UserId = user.Id, CompanyId = user.CompanyId }, ct);
            await directory.AddEntityAsync(new DirectoryEntity { PartitionKey = TableKeys.UserEntry(user.Id), RowKey = "", CompanyId = user.CompanyId }, ct);
        });
    }

    /// <summary>
    /// Deletes the tables, the report container and the delivery queues the host created, so that
    /// bulk rows do not stay in a shared emulator.
    /// </summary>
    public static async Task DeleteStorageAsync(LocalHostInstance host)
    {
        ArgumentNullException.ThrowIfNull(host);

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var tables = host.Services.GetRequiredService<TableServiceClient>();
        foreach (var table in new[] { options.AccountsTable, options.DirectoryTable, options.RateLimitsTable })
        {
            await IgnoreNotFoundAsync(() => tables.DeleteTableAsync(table));
        }

        await host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(options.ReportsContainer).DeleteIfExistsAsync();
        var queues = host.Services.GetRequiredService<QueueServiceClient>();
        var queue = host.Settings["DeliveryQueueName"]!;
        await queues.GetQueueClient(queue).DeleteIfExistsAsync();
        await queues.GetQueueClient(queue + "-poison").DeleteIfExistsAsync();
    }

    private static async Task IgnoreNotFoundAsync(Func<Task> delete)
    {
        try
        {
            await delete();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Nothing to delete: the host never created it.
        }
    }
}
