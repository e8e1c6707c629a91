using System.Diagnostics.Metrics;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Infrastructure.Telemetry;
using MerchantAccess.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.Infrastructure.Tests.Telemetry;

/// <summary>
/// The account store counts resets, deliveries, locks and unlocks from the events it has just
/// committed to Table Storage (Azurite), and nothing from a write that did not happen.
/// </summary>
public sealed class AccountEventMetricsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private ServiceProvider _services = null!;
    private TableAccountStore _store = null!;

    public async Task InitializeAsync()
    {
        Azurite.EnsureRunning();
        var settings = TestSettings.Create(Path.Combine(Path.GetTempPath(), TestSettings.UniqueName()));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection().AddLogging().AddMerchantAccessInfrastructure(configuration).BuildServiceProvider();
        _store = _services.GetRequiredService<TableAccountStore>();
        await _store.EnsureCreatedAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Committed_reset_counts_once()
    {
        var snapshot = await CreateUserAsync();
        using var metrics = Record();
        var reset = Event(snapshot.User, AccountEventTypes.PasswordReset, actorRole: "merchant");

        var committed = await _store.TryCommitAsync(new AccountChange(snapshot, snapshot.User with { State = AccountState.ResetPending }, [reset]), CancellationToken.None);

        Assert.True(committed);
        Assert.Equal(1, metrics.Total(AccountEventMetrics.PasswordResetsName));
        Assert.Equal(1, metrics.Total(AccountEventMetrics.PasswordResetsName, ("actor_role", "merchant")));
    }

    [Fact]
    public async Task Lost_race_counts_nothing()
    {
        var snapshot = await CreateUserAsync();
        using var metrics = Record();
        var first = await _store.TryCommitAsync(new AccountChange(snapshot, snapshot.User with { FailedPasswordCount = 1 }, []), CancellationToken.None);
        var locked = Event(snapshot.User, AccountEventTypes.AccountLocked, details: AccountEvents.LockDetails(LockKind.Password));

        var stale = await _store.TryCommitAsync(new AccountChange(snapshot, snapshot.User with { State = AccountState.PasswordLocked }, [locked]), CancellationToken.None);

        Assert.True(first);
        Assert.False(stale);
        Assert.Equal(0, metrics.Total(AccountEventMetrics.AccountLocksName));
    }

    [Fact]
    public async Task Lock_and_unlock_carry_lock_kind()
    {
        var snapshot = await CreateUserAsync();
        using var metrics = Record();
        var locked = Event(snapshot.User, AccountEventTypes.AccountLocked, details: AccountEvents.LockDetails(LockKind.SecurityCode));
        await _store.TryCommitAsync(new AccountChange(snapshot, snapshot.User with { State = AccountState.CodeLocked }, [locked]), CancellationToken.None);
        var lockedSnapshot = (await _store.LoadAsync(snapshot.User.CompanyId, snapshot.User.Id, CancellationToken.None))!;
        var unlocked = Event(lockedSnapshot.User, AccountEventTypes.AccountUnlocked, actorRole: "support", details: AccountEvents.LockDetails(LockKind.SecurityCode));

        await _store.TryCommitAsync(new AccountChange(lockedSnapshot, lockedSnapshot.User with { State = AccountState.Active }, [unlocked]), CancellationToken.None);

        Assert.Equal(1, metrics.Total(AccountEventMetrics.AccountLocksName, ("lock_kind", "securityCode")));
        Assert.Equal(1, metrics.Total(AccountEventMetrics.AccountUnlocksName, ("lock_kind", "securityCode"), ("actor_role", "support")));
    }

    [Fact]
    public async Task Deliveries_count_by_outcome()
    {
        var snapshot = await CreateUserAsync();
        using var metrics = Record();
        var email = new Dictionary<string, string> { ["channel"] = "email" };
        var sent = Event(snapshot.User, AccountEventTypes.CredentialsSent, details: email);
        var failed = Event(snapshot.User, AccountEventTypes.CredentialsDeliveryFailed, details: email);

        await _store.TryCommitAsync(new AccountChange(snapshot, snapshot.User, [sent, failed]), CancellationToken.None);

        Assert.Equal(1, metrics.Total(AccountEventMetrics.DeliveriesName, ("outcome", "sent"), ("channel", "email")));
        Assert.Equal(1, metrics.Total(AccountEventMetrics.DeliveriesName, ("outcome", "failed"), ("channel", "email")));
    }

    [Fact]
    public async Task Appended_events_are_counted()
    {
        var snapshot = await CreateUserAsync();
        using var metrics = Record();
        var refused = Event(snapshot.User, AccountEventTypes.SignInRefused);
        var locked = Event(snapshot.User, AccountEventTypes.AccountLocked, details: AccountEvents.LockDetails(LockKind.Password));

        await _store.AppendEventsAsync([refused, locked], CancellationToken.None);

        Assert.Equal(1, metrics.Total(AccountEventMetrics.AccountLocksName, ("lock_kind", "password")));
        Assert.DoesNotContain(metrics.Measurements, measurement => measurement.Instrument == AccountEventMetrics.PasswordResetsName);
    }

    [Fact]
    public async Task Created_user_counts_nothing()
    {
        using var metrics = Record();

        await CreateUserAsync();

        Assert.Empty(metrics.Measurements);
    }

    private MetricRecorder Record() => new(_services.GetRequiredService<IMeterFactory>(), AccountEventMetrics.MeterName);

    private async Task<AccountSnapshot> CreateUserAsync()
    {
        var companyId = "c" + TestSettings.UniqueName();
        await _store.CreateCompanyAsync(new Company { Id = companyId, Name = "Boulangerie " + companyId, ProtectedSecurityCode = "v1.test.sealed", CreatedAt = Now }, CancellationToken.None);
        var login = "user." + TestSettings.UniqueName();
        var user = new UserAccount
        {
            Id = "u" + TestSettings.UniqueName(),
            CompanyId = companyId,
            Login = login,
            NormalizedLogin = login,
            FirstName = "Marc",
            LastName = "Leroy",
            Email = login + "@boulangerie.example",
            StateChangedAt = Now,
            CreatedAt = Now,
        };
        var created = await _store.TryCreateUserAsync(user, Event(user, AccountEventTypes.UserCreated), CancellationToken.None);
        Assert.True(created);
        return (await _store.LoadAsync(companyId, user.Id, CancellationToken.None))!;
    }

    private static AccountEvent Event(UserAccount user, string type, string actorRole = "merchant", IReadOnlyDictionary<string, string>? details = null) => new()
    {
        Type = type,
        OccurredAt = Now,
        CompanyId = user.CompanyId,
        TargetUserId = user.Id,
        ActorId = user.Id,
        ActorRole = actorRole,
        Outcome = EventOutcome.Success,
        Details = details ?? new Dictionary<string, string>(),
    };
}
