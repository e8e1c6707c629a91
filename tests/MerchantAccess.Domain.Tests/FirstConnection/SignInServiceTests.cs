using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.FirstConnection;

namespace MerchantAccess.Domain.Tests.FirstConnection;

public sealed class SignInServiceTests
{
    [Fact]
    public async Task Right_password_opens_session()
    {
        var fixture = new SignInFixture();
        var user = fixture.AddActiveUser();

        var result = await fixture.SignIn.SignInAsync("MARC.LEROY", SignInFixture.Password, fixture.Origin, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(SignInStatus.Authenticated, result.Value.Status);
        Assert.Single(fixture.Store.User(user.Id).Sessions);
        Assert.Equal(TestAccounts.Now, fixture.Store.User(user.Id).LastSignInAt);
    }

    [Fact]
    public async Task Third_wrong_password_locks_without_revealing_it()
    {
        var fixture = new SignInFixture();
        var user = fixture.AddActiveUser();

        var answers = new List<Result<SignInStep>>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await fixture.SignIn.SignInAsync("marc.leroy", "Wrong2026pass", fixture.Origin, CancellationToken.None));
        }

        var rightPassword = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.Password, fixture.Origin, CancellationToken.None);

        Assert.All(answers, answer => Assert.Equal(FailureCode.InvalidCredentials, answer.Failure!.Code));
        Assert.Equal(AccountState.PasswordLocked, fixture.Store.User(user.Id).State);
        Assert.Equal(FailureCode.AccountLocked, rightPassword.Failure!.Code);
        Assert.Equal(LockKind.Password, rightPassword.Failure.LockKind);
        Assert.Single(fixture.Store.Events, e => e.Type == AccountEventTypes.AccountLocked);
    }

    [Fact]
    public async Task Concurrent_wrong_passwords_lock_at_exactly_the_threshold()
    {
        var fixture = new SignInFixture();
        var user = fixture.AddActiveUser();

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            Task.Run(() => fixture.SignIn.SignInAsync("marc.leroy", "Wrong2026pass", fixture.Origin, CancellationToken.None))));

        var counted = fixture.Store.Events.Count(e => e.Type == AccountEventTypes.SignInFailed && e.Details.ContainsKey("attempt"));
        Assert.All(answers, answer => Assert.Equal(FailureCode.InvalidCredentials, answer.Failure!.Code));
        Assert.Equal(3, counted);
        Assert.Equal(3, fixture.Store.User(user.Id).FailedPasswordCount);
        Assert.Single(fixture.Store.Events, e => e.Type == AccountEventTypes.AccountLocked);
    }

    [Fact]
    public async Task Unknown_login_spends_a_hash_check()
    {
        var fixture = new SignInFixture();
        fixture.AddActiveUser();

        var result = await fixture.SignIn.SignInAsync("nobody", "Wrong2026pass", fixture.Origin, CancellationToken.None);

        Assert.Equal(FailureCode.InvalidCredentials, result.Failure!.Code);
        Assert.Equal(1, fixture.Hasher.Verifications);
    }

    [Fact]
    public async Task Timed_lock_ends_after_its_duration()
    {
        var fixture = new SignInFixture(new AccountPolicyOptions { TimedPasswordLockDuration = TimeSpan.FromMinutes(30) });
        var user = fixture.AddActiveUser();
        for (var i = 0; i < 3; i++)
        {
            await fixture.SignIn.SignInAsync("marc.leroy", "Wrong2026pass", fixture.Origin, CancellationToken.None);
        }

        var during = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.Password, fixture.Origin, CancellationToken.None);
        fixture.Time.Advance(TimeSpan.FromMinutes(31));
        var after = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.Password, fixture.Origin, CancellationToken.None);

        Assert.Equal(FailureCode.AccountLocked, during.Failure!.Code);
        Assert.True(after.IsSuccess);
        Assert.Equal(AccountState.Active, fixture.Store.User(user.Id).State);
        Assert.Single(fixture.Store.Events, e => e.Type == AccountEventTypes.AccountUnlocked && e.ActorRole == AccountEvents.SystemRole);
    }

    [Fact]
    public async Task Expired_password_asks_for_a_new_one()
    {
        var fixture = new SignInFixture();
        fixture.AddActiveUser();
        fixture.Time.Advance(TimeSpan.FromDays(90));

        var result = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.Password, fixture.Origin, CancellationToken.None);

        Assert.Equal(SignInStatus.PasswordChangeRequired, result.Value!.Status);
        Assert.Equal(PasswordChangeReason.PasswordExpired, result.Value.Reason);
        Assert.Null(result.Value.AccessToken);
    }

    [Fact]
    public async Task Expired_temporary_password_no_longer_works()
    {
        var fixture = new SignInFixture();
        var user = fixture.AddUserWithPendingReset();
        fixture.Time.Advance(TimeSpan.FromHours(24));

        var result = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.TemporaryPassword, fixture.Origin, CancellationToken.None);

        Assert.Equal(FailureCode.InvalidCredentials, result.Failure!.Code);
        Assert.Equal(0, fixture.Store.User(user.Id).FailedPasswordCount);
    }
}
