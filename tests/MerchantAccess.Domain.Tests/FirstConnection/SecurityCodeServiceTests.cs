using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.FirstConnection;

namespace MerchantAccess.Domain.Tests.FirstConnection;

public sealed class SecurityCodeServiceTests
{
    [Fact]
    public async Task Concurrent_wrong_codes_count_exactly_three()
    {
        var fixture = new SignInFixture();
        var user = fixture.AddUserWithPendingReset();
        var step = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.TemporaryPassword, fixture.Origin, CancellationToken.None);
        var challenge = step.Value!.Challenge!.Value;

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            Task.Run(() => fixture.SecurityCodes.VerifyAsync(challenge, i % 2 == 0 ? "WRONG111" : SignInFixture.SecurityCode, fixture.Origin, CancellationToken.None))));

        var stored = fixture.Store.User(user.Id);
        var accepted = answers.Count(answer => answer.IsSuccess);
        var failedEvents = fixture.Store.Events.Count(e => e.Type == AccountEventTypes.SecurityCodeFailed);
        var verifiedEvents = fixture.Store.Events.Count(e => e.Type == AccountEventTypes.SecurityCodeVerified);

        // Either a right code won before the third wrong one, or the account locked; never both.
        Assert.True(failedEvents <= 3);
        Assert.Equal(stored.Reset!.SecurityCodeFailures, failedEvents);
        Assert.True(accepted <= 1);
        Assert.Equal(accepted, verifiedEvents);
        Assert.Equal(stored.State == AccountState.CodeLocked, failedEvents == 3);
        Assert.Equal(stored.State == AccountState.CodeLocked, accepted == 0);
    }

    [Fact]
    public async Task Concurrent_wrong_codes_only_lock_once()
    {
        var fixture = new SignInFixture();
        var user = fixture.AddUserWithPendingReset();
        var step = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.TemporaryPassword, fixture.Origin, CancellationToken.None);
        var challenge = step.Value!.Challenge!.Value;

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ =>
            Task.Run(() => fixture.SecurityCodes.VerifyAsync(challenge, "WRONG111", fixture.Origin, CancellationToken.None))));

        Assert.Equal(AccountState.CodeLocked, fixture.Store.User(user.Id).State);
        Assert.Equal(3, fixture.Store.Events.Count(e => e.Type == AccountEventTypes.SecurityCodeFailed));
        Assert.Single(fixture.Store.Events, e => e.Type == AccountEventTypes.AccountLocked);
        Assert.Equal(2, answers.Count(answer => answer.Failure?.Code == FailureCode.InvalidSecurityCode));
        Assert.Equal(58, answers.Count(answer => answer.Failure?.Code == FailureCode.AccountLocked));
    }

    [Fact]
    public async Task Refused_attempt_keeps_the_challenge_valid()
    {
        var fixture = new SignInFixture();
        fixture.AddUserWithPendingReset();
        var step = await fixture.SignIn.SignInAsync("marc.leroy", SignInFixture.TemporaryPassword, fixture.Origin, CancellationToken.None);
        var challenge = step.Value!.Challenge!.Value;

        var wrong = await fixture.SecurityCodes.VerifyAsync(challenge, "WRONG111", fixture.Origin, CancellationToken.None);
        var right = await fixture.SecurityCodes.VerifyAsync(challenge, SignInFixture.SecurityCode, fixture.Origin, CancellationToken.None);
        var reused = await fixture.SecurityCodes.VerifyAsync(challenge, SignInFixture.SecurityCode, fixture.Origin, CancellationToken.None);

        Assert.Equal(2, wrong.Failure!.AttemptsRemaining);
        Assert.Equal(SignInStatus.PasswordChangeRequired, right.Value!.Status);
        Assert.Equal(FailureCode.InvalidChallenge, reused.Failure!.Code);
    }

    [Fact]
    public async Task New_password_step_needs_the_code_step()
    {
        var fixture = new SignInFixture();
        var user = fixture.AddUserWithPendingReset();
        var forged = fixture.Tokens.IssueChallenge(new Sessions.ChallengeClaims(user.Id, user.CompanyId, Sessions.ChallengeStep.NewPassword, user.Reset!.Id), TestAccounts.Now.AddMinutes(5));

        var result = await fixture.NewPasswords.SetAsync(forged.Value, "Boulangerie2027", fixture.Origin, CancellationToken.None);

        Assert.Equal(FailureCode.InvalidChallenge, result.Failure!.Code);
        Assert.Equal(AccountState.ResetPending, fixture.Store.User(user.Id).State);
    }
}
