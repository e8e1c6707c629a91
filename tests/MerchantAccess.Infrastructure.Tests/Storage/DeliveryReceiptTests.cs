using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Tests.Storage;

/// <summary>The receipt that makes recording a delivery as sent happen once, on Azurite.</summary>
public sealed class DeliveryReceiptTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly StorageOptions _storage = new() { TablePrefix = TestSettings.UniqueName() };
    private readonly TableServiceClient _service = new(Azurite.ConnectionString);
    private TableAccountStore _store = null!;
    private UserAccount _user = null!;

    public async Task InitializeAsync()
    {
        Azurite.EnsureRunning();
        _store = new TableAccountStore(_service, Options.Create(_storage));
        await _store.EnsureCreatedAsync(CancellationToken.None);

        var company = new Company { Id = Identifiers.New(), Name = "Boulangerie Dupont", ProtectedSecurityCode = "sealed", CreatedAt = Now };
        await _store.CreateCompanyAsync(company, CancellationToken.None);
        _user = new UserAccount
        {
            Id = Identifiers.New(),
            CompanyId = company.Id,
            Login = "marc.leroy",
            NormalizedLogin = "marc.leroy",
            FirstName = "Marc",
            LastName = "Leroy",
            Email = "marc.leroy@boulangerie-dupont.example",
            StateChangedAt = Now,
            CreatedAt = Now,
        };
        var created = AccountEvents.BySystem(_user, AccountEventTypes.UserCreated, EventOutcome.Success, Now);
        Assert.True(await _store.TryCreateUserAsync(_user, created, CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        await _service.DeleteTableAsync(_storage.AccountsTable);
        await _service.DeleteTableAsync(_storage.DirectoryTable);
    }

    [Fact]
    public async Task Second_record_of_one_delivery_writes_nothing()
    {
        var deliveryId = Identifiers.New();

        var first = await RecordSentAsync(deliveryId);
        var second = await RecordSentAsync(deliveryId);

        Assert.True(first);
        Assert.False(second);
        Assert.True(await _store.IsDeliveryRecordedAsync(_user.CompanyId, deliveryId, CancellationToken.None));
        var events = await _store.ListEventsAsync(_user.CompanyId, _user.Id, null, 10, CancellationToken.None);
        Assert.Single(events!.Items, item => item.Type == AccountEventTypes.CredentialsSent);
    }

    [Fact]
    public async Task Unrecorded_delivery_is_not_reported_recorded()
    {
        await RecordSentAsync(Identifiers.New());

        Assert.False(await _store.IsDeliveryRecordedAsync(_user.CompanyId, Identifiers.New(), CancellationToken.None));
    }

    [Fact]
    public async Task Change_without_delivery_writes_no_receipt()
    {
        var snapshot = (await _store.LoadAsync(_user.CompanyId, _user.Id, CancellationToken.None))!;

        var committed = await _store.TryCommitAsync(new AccountChange(snapshot, snapshot.User with { Title = "M." }, []), CancellationToken.None);

        Assert.True(committed);
        var receipts = _service.GetTableClient(_storage.AccountsTable)
            .Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {_user.CompanyId} and RowKey ge {"dlv|"} and RowKey lt {"dlv}"}"));
        Assert.Empty(receipts);
    }

    private async Task<bool> RecordSentAsync(string deliveryId)
    {
        var snapshot = (await _store.LoadAsync(_user.CompanyId, _user.Id, CancellationToken.None))!;
        var sent = AccountEvents.BySystem(snapshot.User, AccountEventTypes.CredentialsSent, EventOutcome.Success, Now);
        var change = new AccountChange(snapshot, snapshot.User, [sent]) { CompletedDeliveryId = deliveryId };
        return await _store.TryCommitAsync(change, CancellationToken.None);
    }
}
