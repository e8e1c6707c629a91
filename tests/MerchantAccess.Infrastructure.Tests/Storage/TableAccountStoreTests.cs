using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Logins;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Tests.Storage;

/// <summary>The table store on Azurite, with the requests it sends captured.</summary>
public sealed class TableAccountStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly RequestCapture _capture = new();
    private TableAccountStore _store = null!;
    private Company _company = null!;

    public async Task InitializeAsync()
    {
        Azurite.EnsureRunning();
        var options = new TableClientOptions();
        options.AddPolicy(_capture, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(Azurite.ConnectionString, options);
        _store = new TableAccountStore(service, Options.Create(new StorageOptions { TablePrefix = TestSettings.UniqueName() }));
        await _store.EnsureCreatedAsync(CancellationToken.None);
        _company = new Company { Id = Identifiers.New(), Name = "Boulangerie Dupont", ProtectedSecurityCode = "v1.x.y", CreatedAt = Now };
        await _store.CreateCompanyAsync(_company, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Created_user_is_found_by_any_form_of_login()
    {
        var user = await CreateUserAsync("Marc.Leroy");

        var byLower = await _store.FindByLoginAsync(LoginNormalizer.Normalize("marc.leroy"), CancellationToken.None);
        var byFullWidth = await _store.FindByLoginAsync(LoginNormalizer.Normalize("ＭＡＲＣ.ＬＥＲＯＹ"), CancellationToken.None);
        var snapshot = await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None);

        Assert.Equal(new DirectoryEntry(user.Id, _company.Id), byLower);
        Assert.Equal(byLower, byFullWidth);
        Assert.Equal(user with { PasswordHistory = snapshot!.User.PasswordHistory, Sessions = snapshot.User.Sessions }, snapshot.User);
        Assert.Equal("Boulangerie Dupont", snapshot.Company.Name);
    }

    [Fact]
    public async Task Second_account_with_same_login_is_refused()
    {
        await CreateUserAsync("alice");

        var duplicate = NewUser("ALICE");
        var created = await _store.TryCreateUserAsync(duplicate, CreatedEvent(duplicate), CancellationToken.None);

        Assert.False(created);
        Assert.Null(await _store.FindCompanyOfUserAsync(duplicate.Id, CancellationToken.None));
    }

    [Theory]
    [InlineData("a/b#c?d")]
    [InlineData("100%sure")]
    [InlineData("back\\slash")]
    public async Task Logins_with_key_characters_round_trip(string login)
    {
        var user = await CreateUserAsync(login);

        var found = await _store.FindByLoginAsync(LoginNormalizer.Normalize(login), CancellationToken.None);

        Assert.Equal(user.Id, found?.UserId);
    }

    [Fact]
    public async Task Stale_version_commits_nothing()
    {
        var user = await CreateUserAsync("stale.writer");
        var first = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;
        var second = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;

        var winner = await _store.TryCommitAsync(Change(first, first.User with { FailedPasswordCount = 1 }, "signInFailed"), CancellationToken.None);
        var loser = await _store.TryCommitAsync(Change(second, second.User with { FailedPasswordCount = 1 }, "signInFailed"), CancellationToken.None);
        var events = await _store.ListEventsAsync(_company.Id, user.Id, null, 50, CancellationToken.None);

        Assert.True(winner);
        Assert.False(loser);
        Assert.Single(events!.Items, e => e.Type == "signInFailed");
    }

    [Fact]
    public async Task Commit_is_conditioned_on_the_version_read()
    {
        var user = await CreateUserAsync("etag.check");
        var snapshot = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;
        _capture.Clear();

        await _store.TryCommitAsync(Change(snapshot, snapshot.User with { FailedPasswordCount = 1 }, "signInFailed"), CancellationToken.None);

        // Our own guard, whatever the emulator does: the batch must carry If-Match with the ETag read.
        var batch = Assert.Single(_capture.Bodies, body => body.Contains("$batch", StringComparison.Ordinal) || body.Contains("changeset", StringComparison.Ordinal));
        Assert.Contains("If-Match: " + snapshot.Version, batch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_marker_follows_the_lock()
    {
        var user = await CreateUserAsync("lock.marker");
        var active = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;
        await _store.TryCommitAsync(Change(active, active.User with { State = AccountState.CodeLocked, StateChangedAt = Now }, "accountLocked"), CancellationToken.None);
        var locks = await _store.ListLocksAsync(_company.Id, CancellationToken.None);

        var locked = (await _store.LoadAsync(_company.Id, user.Id, CancellationToken.None))!;
        await _store.TryCommitAsync(Change(locked, locked.User with { State = AccountState.Active, StateChangedAt = Now }, "accountUnlocked"), CancellationToken.None);
        var afterUnlock = await _store.ListLocksAsync(_company.Id, CancellationToken.None);

        var marker = Assert.Single(locks, l => l.UserId == user.Id);
        Assert.Equal(LockKind.SecurityCode, marker.Kind);
        Assert.Equal(Now, marker.LockedAt);
        Assert.DoesNotContain(afterUnlock, l => l.UserId == user.Id);
    }

    [Fact]
    public async Task Events_page_newest_first()
    {
        var user = await CreateUserAsync("event.pages");
        for (var i = 0; i < 5; i++)
        {
            await _store.AppendEventsAsync([new AccountEvent { Type = $"e{i}", OccurredAt = Now.AddMinutes(i), CompanyId = _company.Id, TargetUserId = user.Id, Outcome = EventOutcome.Success }], CancellationToken.None);
        }

        var first = await _store.ListEventsAsync(_company.Id, user.Id, null, 3, CancellationToken.None);
        var second = await _store.ListEventsAsync(_company.Id, user.Id, first!.ContinuationToken, 3, CancellationToken.None);

        Assert.Equal(["e4", "e3", "e2"], first.Items.Select(e => e.Type));
        Assert.Equal(["e1", "e0", AccountEventTypes.UserCreated], second!.Items.Select(e => e.Type));
        Assert.Null(second.ContinuationToken);
        Assert.NotNull(first.ContinuationToken);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("ZXZ1fG90aGVyfA")]
    public async Task Foreign_continuation_token_is_refused(string token)
    {
        var user = await CreateUserAsync("token.check");

        var page = await _store.ListEventsAsync(_company.Id, user.Id, token, 3, CancellationToken.None);

        Assert.Null(page);
    }

    [Fact]
    public async Task Oversized_value_is_refused_before_storage()
    {
        var user = NewUser("big.value") with { LastName = new string('x', EntityMapper.MaxStringLength + 1) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.TryCreateUserAsync(user, CreatedEvent(user), CancellationToken.None));
    }

    [Fact]
    public async Task Users_list_reads_only_user_rows()
    {
        await CreateUserAsync("list.one");
        await CreateUserAsync("list.two");

        var users = await _store.ListUsersAsync(_company.Id, CancellationToken.None);

        Assert.Contains(users, u => u.Login == "list.one");
        Assert.Contains(users, u => u.Login == "list.two");
        Assert.All(users, u => Assert.Equal(_company.Id, u.CompanyId));
    }

    private async Task<UserAccount> CreateUserAsync(string login)
    {
        var user = NewUser(login);
        Assert.True(await _store.TryCreateUserAsync(user, CreatedEvent(user), CancellationToken.None));
        return user;
    }

    private UserAccount NewUser(string login) => TestAccounts.NewUser(_company.Id, login, Now);

    private AccountEvent CreatedEvent(UserAccount user) =>
        new() { Type = AccountEventTypes.UserCreated, OccurredAt = Now.AddMinutes(-1), CompanyId = _company.Id, TargetUserId = user.Id, Outcome = EventOutcome.Success };

    private AccountChange Change(AccountSnapshot snapshot, UserAccount updated, string eventType) =>
        new(snapshot, updated, [new AccountEvent { Type = eventType, OccurredAt = Now, CompanyId = _company.Id, TargetUserId = updated.Id, Outcome = EventOutcome.Success }]);

    /// <summary>Keeps the body of every request the client sends.</summary>
    private sealed class RequestCapture : HttpPipelineSynchronousPolicy
    {
        private readonly ConcurrentQueue<string> _bodies = new();

        public IEnumerable<string> Bodies => _bodies;

        public void Clear() => _bodies.Clear();

        public override void OnSendingRequest(HttpMessage message)
        {
            var body = "";
            if (message.Request.Content is { } content)
            {
                using var stream = new MemoryStream();
                content.WriteTo(stream, CancellationToken.None);
                body = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            }

            _bodies.Enqueue($"{message.Request.Method} {message.Request.Uri}\n{body}");
        }
    }
}
