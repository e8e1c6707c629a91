using System.Diagnostics;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The audit's reads grow with companies, locked accounts, due changes and lock events, not with
/// users: tens of thousands of users are seeded in bulk, and the entities the run reads are counted.
/// </summary>
[Collection(nameof(UnlockAuditCostTests))]
public sealed class UnlockAuditCostTests(ITestOutputHelper output)
{
    private const int BulkCompanies = 4;
    private const int UsersPerCompany = 5_000;
    private const int LockedAccounts = 5;
    private const int InactiveAccounts = 3;

    /// <summary>The most rows an entity group transaction may hold.</summary>
    private const int MaxBatchRows = 100;

    [Fact]
    public async Task Run_reads_markers_and_events_not_users()
    {
        var counter = new EntityReadCounter();
        await using var host = await LocalHostInstance.StartAsync(services: services => services.AddSingleton(_ =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(counter, HttpPipelinePosition.PerCall);
            return new TableServiceClient(Azurite.ConnectionString, options);
        }));

        try
        {
            var seeding = Stopwatch.StartNew();
            await SeedAsync(host);
            output.WriteLine($"Seeded {BulkCompanies * UsersPerCompany} users in {seeding.Elapsed.TotalSeconds:F1} s");
            var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
            var companies = (await host.Services.GetRequiredService<IAccountStore>().ListCompaniesAsync(CancellationToken.None)).Count;

            counter.Reset();
            var run = await host.Client.PostJsonAsync("/api/audit/unlock-reports", null, support);
            var entitiesRead = counter.Entities;

            Assert.Equal(202, run.Status);
            var counts = run.Json!["counts"]!;
            var locks = counts["passwordLocks"]!.GetValue<int>() + counts["codeLocks"]!.GetValue<int>();
            var lockEvents = counts["locks"]!.GetValue<int>() + counts["unlocks"]!.GetValue<int>();
            var changes = counts["accountsDisabled"]!.GetValue<int>() + counts["temporaryPasswordsExpired"]!.GetValue<int>() + counts["timedLocksEnded"]!.GetValue<int>();
            Assert.Equal(LockedAccounts, locks);
            Assert.Equal(InactiveAccounts, counts["accountsDisabled"]!.GetValue<int>());

            // Each change reads its marker, then the user and company rows; signing the caller in
            // reads the user and company rows once more.
            var bound = companies + locks + lockEvents + (3 * changes) + 2;
            output.WriteLine($"Read {entitiesRead} entities; bound {bound}; {companies} companies, {locks} locks, {lockEvents} lock events, {changes} changes");
            Assert.InRange(entitiesRead, 1, bound);
            Assert.True(bound < BulkCompanies * UsersPerCompany / 100, $"The bound {bound} is not small against {BulkCompanies * UsersPerCompany} users.");
        }
        finally
        {
            await DeleteStorageAsync(host);
        }
    }

    /// <summary>
    /// Writes the users of each bulk company and their marker rows directly, in entity group
    /// transactions of up to 100 rows, as <see cref="IndexRows"/> derives them. A few users are
    /// locked (with their lock events of today) and a few are unused for more than 90 days.
    /// </summary>
    private static async Task SeedAsync(LocalHostInstance host)
    {
        var store = host.Services.GetRequiredService<IAccountStore>();
        var accounts = ScenarioSteps.AccountsTable(host);
        var now = DateTimeOffset.UtcNow;
        var batches = new List<List<TableTransactionAction>>();
        for (var c = 0; c < BulkCompanies; c++)
        {
            var company = new Company { Id = Identifiers.New(), Name = $"Bulk company {c}", ProtectedSecurityCode = "unused", CreatedAt = now.AddDays(-400) };
            await store.CreateCompanyAsync(company, CancellationToken.None);

            var batch = new List<TableTransactionAction>();
            for (var i = 0; i < UsersPerCompany; i++)
            {
                var rows = UserRows(company.Id, c * UsersPerCompany + i, now);
                if (batch.Count + rows.Count > MaxBatchRows)
                {
                    batches.Add(batch);
                    batch = [];
                }

                batch.AddRange(rows);
            }

            batches.Add(batch);
        }

        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
            await accounts.SubmitTransactionAsync(batch, ct));
    }

    private static List<TableTransactionAction> UserRows(string companyId, int number, DateTimeOffset now)
    {
        var login = $"bulk.user{number}";
        var user = new UserAccount
        {
            Id = Identifiers.New(),
            CompanyId = companyId,
            Login = login,
            NormalizedLogin = login,
            FirstName = "Bulk",
            LastName = $"User {number}",
            Email = $"{login}@bulk.example",
            State = AccountState.Active,
            StateChangedAt = now.AddDays(-200),
            CreatedAt = now.AddDays(-200),
            LastSignInAt = now.AddDays(-(number % 60)),
            PasswordHash = "unused",
            PasswordChangedAt = now.AddDays(-10),
        };

        var events = new List<AccountEvent>();
        if (number < LockedAccounts)
        {
            var kind = number % 2 == 0 ? LockKind.SecurityCode : LockKind.Password;
            user = user with { State = kind == LockKind.SecurityCode ? AccountState.CodeLocked : AccountState.PasswordLocked, StateChangedAt = now.AddSeconds(-30) };
            events.Add(AccountEvents.BySelf(user, AccountEventTypes.AccountLocked, EventOutcome.Success, now.AddSeconds(-30), new RequestOrigin(null), AccountEvents.LockDetails(kind)));
        }
        else if (number < LockedAccounts + InactiveAccounts)
        {
            user = user with { LastSignInAt = now.AddDays(-100) };
        }

        var rows = new List<TableTransactionAction> { new(TableTransactionActionType.Add, EntityMapper.ToEntity(user)) };
        rows.AddRange(IndexRows.For(user).Values.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        foreach (var accountEvent in events)
        {
            rows.Add(new(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.UserEvent(user.Id, accountEvent.OccurredAt, accountEvent.Id))));
            rows.Add(new(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.TimelineEvent(accountEvent.OccurredAt, accountEvent.Id))));
        }

        return rows;
    }

    /// <summary>Deletes the tables and the container this test's host created, so the bulk rows do not stay in a shared emulator.</summary>
    private static async Task DeleteStorageAsync(LocalHostInstance host)
    {
        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var tables = host.Services.GetRequiredService<TableServiceClient>();
        await tables.DeleteTableAsync(options.AccountsTable);
        await tables.DeleteTableAsync(options.DirectoryTable);
        await host.Services.GetRequiredService<BlobServiceClient>().DeleteBlobContainerAsync(options.ReportsContainer);
    }

    /// <summary>
    /// Counts the entities in the table responses a client receives: the <c>value</c> entries of a
    /// query page, or one for a single-entity read.
    /// </summary>
    private sealed class EntityReadCounter : HttpPipelinePolicy
    {
        private int _entities;

        public int Entities => Volatile.Read(ref _entities);

        public void Reset() => Interlocked.Exchange(ref _entities, 0);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Count(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            Count(message);
        }

        private void Count(HttpMessage message)
        {
            if (message.Request.Method != RequestMethod.Get || message.Response.Status != 200 || message.Response.Content.ToMemory().IsEmpty)
            {
                return;
            }

            using var json = JsonDocument.Parse(message.Response.Content.ToMemory());
            var entities = json.RootElement.TryGetProperty("value", out var page) && page.ValueKind == JsonValueKind.Array
                ? page.GetArrayLength()
                : json.RootElement.TryGetProperty("PartitionKey", out _) ? 1 : 0;
            Interlocked.Add(ref _entities, entities);
        }
    }
}
