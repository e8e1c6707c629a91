using Azure.Core;
using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.RateLimiting;
using MerchantAccess.Infrastructure.RateLimiting;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MerchantAccess.Infrastructure.Tests.Storage;

/// <summary>
/// Writes that storage applies but whose response is lost, so that the storage client sends them
/// again and the second send fails on what the first one changed: each write is recognised as
/// done, once.
/// </summary>
public sealed class LostResponseTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly StorageFaultPolicy _faults = new(seed: 3)
    {
        Rate = 1,
        MaxFaultsPerRequest = 1,
        Faults = [StorageFault.LostResponse],
        Applies = request => request.Method != RequestMethod.Get,
    };

    private readonly StorageOptions _storage = new() { TablePrefix = TestSettings.UniqueName() };
    private readonly FakeTimeProvider _time = new(Now);
    private TableAccountStore _store = null!;
    private TableRateLimiter _limiter = null!;
    private Company _company = null!;

    public async Task InitializeAsync()
    {
        Azurite.EnsureRunning();
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(20);
        options.AddPolicy(_faults, HttpPipelinePosition.BeforeTransport);
        var service = new TableServiceClient(Azurite.ConnectionString, options);
        _store = new TableAccountStore(service, Options.Create(_storage));
        _limiter = new TableRateLimiter(service, Options.Create(_storage), _time);
        await _store.EnsureCreatedAsync(CancellationToken.None);
        _company = new Company { Id = Identifiers.New(), Name = "Boulangerie Dupont", ProtectedSecurityCode = "v1.x.y", CreatedAt = Now };
        await _store.CreateCompanyAsync(_company, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Creation_is_reported_created()
    {
        var user = NewUser("lost.creation");
        _faults.Enabled = true;

        var created = await _store.TryCreateUserAsync(user, Event(user, AccountEventTypes.UserCreated), CancellationToken.None);
        _faults.Enabled = false;
        var found = await _store.FindByLoginAsync(user.NormalizedLogin, CancellationToken.None);
        var events = await _store.ListEventsAsync(_company.Id, user.Id, null, 50, CancellationToken.None);

        Assert.True(created);
        Assert.Equal(user.Id, found?.UserId);
        Assert.Single(events!.Items);
        Assert.True(_faults.TotalInjected >= 2, $"Only {_faults.TotalInjected} responses were lost.");
    }

    [Fact]
    public async Task Commit_is_reported_committed_once()
    {
        var user = NewUser("lost.commit");
        Assert.True(await _store.TryCreateUserAsync(user, Event(user, AccountEventTypes.UserCreated), CancellationToken.None));
        var snapshot = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;
        _faults.Enabled = true;

        var committed = await _store.TryCommitAsync(new AccountChange(snapshot, snapshot.User with { FailedPasswordCount = 1 }, [Event(user, AccountEventTypes.SignInFailed)]), CancellationToken.None);
        _faults.Enabled = false;
        var stored = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!.User;
        var events = await _store.ListEventsAsync(_company.Id, user.Id, null, 50, CancellationToken.None);

        Assert.True(committed);
        Assert.Equal(1, stored.FailedPasswordCount);
        Assert.Single(events!.Items, item => item.Type == AccountEventTypes.SignInFailed);
        Assert.Equal(1, _faults.InjectedByRequest.GetValueOrDefault("LostResponse on table batch"));
    }

    [Fact]
    public async Task Stale_commit_is_still_a_lost_race()
    {
        var user = NewUser("lost.race");
        Assert.True(await _store.TryCreateUserAsync(user, Event(user, AccountEventTypes.UserCreated), CancellationToken.None));
        var stale = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;
        var fresh = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;
        Assert.True(await _store.TryCommitAsync(new AccountChange(fresh, fresh.User with { FailedPasswordCount = 1 }, [Event(user, AccountEventTypes.SignInFailed)]), CancellationToken.None));
        _faults.Enabled = true;

        var committed = await _store.TryCommitAsync(new AccountChange(stale, stale.User with { FailedPasswordCount = 1 }, [Event(user, AccountEventTypes.SignInFailed)]), CancellationToken.None);
        _faults.Enabled = false;
        var events = await _store.ListEventsAsync(_company.Id, user.Id, null, 50, CancellationToken.None);

        Assert.False(committed);
        Assert.Single(events!.Items, item => item.Type == AccountEventTypes.SignInFailed);
    }

    [Fact]
    public async Task Rate_limit_counts_each_use_once()
    {
        var rule = new RateLimitRule("sms-user", "user-1", 3, TimeSpan.FromHours(1));
        _faults.Enabled = true;

        var decisions = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            decisions.Add((await _limiter.TryAcquireAsync([rule], CancellationToken.None)).IsAllowed);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([true, true, true, false], decisions);
        Assert.True(_faults.InjectedByRequest.GetValueOrDefault("LostResponse on table insert") >= 1, "No insert lost its response.");
        Assert.True(_faults.InjectedByRequest.GetValueOrDefault("LostResponse on table update") >= 2, "Too few updates lost their response.");
    }

    private UserAccount NewUser(string login) => TestAccounts.NewUser(_company.Id, login, Now);

    private AccountEvent Event(UserAccount user, string type) =>
        new() { Type = type, OccurredAt = Now, CompanyId = _company.Id, TargetUserId = user.Id, Outcome = EventOutcome.Success };
}
