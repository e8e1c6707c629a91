using MerchantAccess.Domain.Accounts;
using MerchantAccess.Testing;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// Many resets of one user at the same moment through the local host: each is committed once with
/// its event, one temporary password remains valid, and the last credentials e-mail the user
/// receives is the one that works.
/// </summary>
public sealed class ConcurrentResetTests : IAsyncLifetime
{
    private const int Resets = 20;
    private LocalHostInstance _host = null!;

    public async Task InitializeAsync() => _host = await ProofHosts.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Concurrent_resets_leave_the_last_email_working()
    {
        var admin = await Steps.SignInAsync(_host, Demo.AdminOf(Demo.Dupont));
        var clerk = Demo.ClerksOf(Demo.Dupont)[0];
        var userId = await Steps.FindUserIdAsync(_host, admin, clerk.Login);

        var answers = await Task.WhenAll(Enumerable.Range(0, Resets).Select(_ => Steps.ResetAsync(_host, admin, userId)));
        await Steps.WaitForDeliveriesAsync(_host, Azurite.ConnectionString, TimeSpan.FromSeconds(60));
        var user = await Steps.LoadUserAsync(_host, userId);
        var emails = Steps.CredentialsTo(_host, clerk.Email);
        var valid = new List<string>();
        foreach (var email in emails)
        {
            if (await Steps.IsTemporaryPasswordAsync(_host, user, email.TemporaryPassword))
            {
                valid.Add(email.TemporaryPassword);
            }
        }

        var signIn = await Steps.SignInWithAsync(_host, clerk.Login, emails[^1].TemporaryPassword);
        var events = await Steps.EventsAsync(_host, admin, userId);

        Assert.All(answers, answer => Assert.Equal(200, answer.Status));
        Assert.NotEmpty(emails);
        Assert.Equal([emails[^1].TemporaryPassword], valid);
        Assert.Equal("securityCodeRequired", signIn.String("status"));
        Assert.Equal(DeliveryState.Sent, user.Delivery?.State);
        Assert.Null(user.Reset?.SealedTemporaryPassword);
        Assert.Equal(Resets, Steps.CountOf(events, "passwordReset"));
        Assert.Equal(emails.Count, Steps.CountOf(events, "credentialsSent"));
        Assert.Equal(0, Steps.CountOf(events, "credentialsDeliveryFailed"));
    }
}
