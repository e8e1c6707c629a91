using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace MerchantAccess.Domain.Tests.Accounts;

/// <summary>The read-decide-write cycle started from an account the caller already read.</summary>
public sealed class AccountUpdaterTests
{
    private readonly InMemoryAccountStore _store = new();
    private readonly AccountUpdater _updater;

    public AccountUpdaterTests() => _updater = new AccountUpdater(_store, new FakeTimeProvider(TestAccounts.Now));

    [Fact]
    public async Task Snapshot_already_read_is_not_read_again()
    {
        _store.Add(TestAccounts.Company(), TestAccounts.Active());
        var read = (await _store.LoadAsync(TestAccounts.Company().Id, TestAccounts.Active().Id, CancellationToken.None))!;

        var outcome = await _updater.UpdateAsync<string>(read, (snapshot, now) =>
            AccountDecision<string>.Commit(snapshot.User with { Title = "M." }, [], "done"), CancellationToken.None);

        Assert.Equal("done", outcome.Value);
        Assert.Equal(1, _store.Loads);
        Assert.Equal("M.", _store.User(read.User.Id).Title);
    }

    [Fact]
    public async Task Stale_snapshot_is_read_again_before_deciding()
    {
        _store.Add(TestAccounts.Company(), TestAccounts.Active());
        var stale = (await _store.LoadAsync(TestAccounts.Company().Id, TestAccounts.Active().Id, CancellationToken.None))!;
        _store.Add(TestAccounts.Company(), stale.User with { FirstName = "Marcel" });
        var seen = new List<string>();

        var outcome = await _updater.UpdateAsync<string>(stale, (snapshot, now) =>
        {
            seen.Add(snapshot.User.FirstName);
            return AccountDecision<string>.Commit(snapshot.User with { Title = "M." }, [], "done");
        }, CancellationToken.None);

        Assert.Equal("done", outcome.Value);
        Assert.Equal(["Marc", "Marcel"], seen);
        Assert.Equal(("Marcel", "M."), (_store.User(stale.User.Id).FirstName, _store.User(stale.User.Id).Title));
        Assert.Equal(1, _store.RejectedCommits);
    }
}
