using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Infrastructure.Seeding;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.Reliability.Tests;

/// <summary>Steps through the public API that the tests of this project share.</summary>
public static class Steps
{
    /// <summary>Signs in with a password that needs no further step, and remembers the token as a secret.</summary>
    public static async Task<string> SignInAsync(LocalHostInstance host, DemoUser user)
    {
        var token = await host.Client.SignInAsync(user.Login, user.Password);
        HostRegistry.RememberSecret("access token", token);
        return token;
    }

    public static async Task<string> FindUserIdAsync(LocalHostInstance host, string adminToken, string login)
    {
        var found = await host.Client.GetJsonAsync($"/api/users?query={Uri.EscapeDataString(login)}", adminToken);
        Assert.Equal(200, found.Status);
        return found.Json!["items"]!.AsArray().Single(item => item!["login"]!.GetValue<string>() == login)!["id"]!.GetValue<string>();
    }

    public static Task<ApiResponse> ResetAsync(LocalHostInstance host, string adminToken, string userId) =>
        host.Client.PostJsonAsync($"/api/users/{userId}/password-reset", null, adminToken);

    /// <summary>Signs in with a temporary password; returns the response and remembers its challenge as a secret.</summary>
    public static async Task<ApiResponse> SignInWithAsync(LocalHostInstance host, string login, string password)
    {
        var answer = await host.Client.PostJsonAsync("/api/auth/login", new { login, password });
        HostRegistry.RememberSecret("challenge token", answer.String("challengeToken"));
        HostRegistry.RememberSecret("access token", answer.String("accessToken"));
        return answer;
    }

    /// <summary>The credentials e-mails to <paramref name="address"/>, oldest first; their passwords are remembered as secrets.</summary>
    public static IReadOnlyList<OutboxEmail> CredentialsTo(LocalHostInstance host, string address)
    {
        var emails = host.Outbox.CredentialsTo(address);
        foreach (var email in emails)
        {
            HostRegistry.RememberSecret("temporary password", email.TemporaryPassword);
        }

        return emails;
    }

    public static async Task<UserAccount> LoadUserAsync(LocalHostInstance host, string userId)
    {
        var store = host.Services.GetRequiredService<IAccountStore>();
        var companyId = await store.FindCompanyOfUserAsync(userId, CancellationToken.None);
        return (await store.LoadAsync(companyId!, userId, CancellationToken.None))!.User;
    }

    /// <summary>Checks a candidate against the temporary password hash the account holds, without a sign-in attempt.</summary>
    public static async Task<bool> IsTemporaryPasswordAsync(LocalHostInstance host, UserAccount user, string candidate)
    {
        var hasher = host.Services.GetRequiredService<IPasswordHasher>();
        return user.Reset is { } reset
            && await hasher.VerifyAsync(reset.TemporaryPasswordHash, candidate, CancellationToken.None) != PasswordVerification.Failed;
    }

    /// <summary>Reads every event of a user, newest first, through the API.</summary>
    public static async Task<List<JsonNode>> EventsAsync(LocalHostInstance host, string token, string userId)
    {
        var items = new List<JsonNode>();
        string? continuation = null;
        do
        {
            var path = $"/api/users/{userId}/events?pageSize=200" + (continuation is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuation));
            var page = await host.Client.GetJsonAsync(path, token);
            Assert.Equal(200, page.Status);
            items.AddRange(page.Json!["items"]!.AsArray().Select(item => item!));
            continuation = page.Json["continuationToken"]?.GetValue<string>();
        }
        while (continuation is not null);

        return items;
    }

    public static int CountOf(IEnumerable<JsonNode> events, string type) =>
        events.Count(item => item["type"]!.GetValue<string>() == type);

    /// <summary>
    /// Waits until the host's delivery queue has been empty for a second, so that every message
    /// received has also been handled.
    /// </summary>
    public static async Task WaitForDeliveriesAsync(LocalHostInstance host, string connectionString, TimeSpan timeout)
    {
        var queue = new QueueClient(connectionString, host.Settings["DeliveryQueueName"]);
        var deadline = DateTime.UtcNow + timeout;
        var emptySince = DateTime.MaxValue;
        while (true)
        {
            var count = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            var now = DateTime.UtcNow;
            if (count > 0)
            {
                emptySince = DateTime.MaxValue;
            }
            else if (emptySince == DateTime.MaxValue)
            {
                emptySince = now;
            }

            if (now - emptySince > TimeSpan.FromSeconds(1))
            {
                return;
            }

            Assert.True(now < deadline, $"The delivery queue still held {count} message(s) after {timeout.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }
}
