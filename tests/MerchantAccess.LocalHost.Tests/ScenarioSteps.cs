using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Steps of the reset story that several tests take, through the public API.</summary>
public static class ScenarioSteps
{
    /// <summary>Finds a user's id with the administrator's search.</summary>
    public static async Task<string> FindUserIdAsync(HttpClient client, string adminToken, string login)
    {
        var found = await client.GetJsonAsync($"/api/users?query={Uri.EscapeDataString(login)}", adminToken);
        Assert.Equal(200, found.Status);
        var match = found.Json!["items"]!.AsArray().Single(item => item!["login"]!.GetValue<string>() == login);
        return match!["id"]!.GetValue<string>();
    }

    /// <summary>Resets a user's password as an administrator and returns the answer.</summary>
    public static Task<ApiResponse> ResetAsync(HttpClient client, string adminToken, string userId, string? language = null) =>
        client.PostJsonAsync($"/api/users/{userId}/password-reset", null, adminToken, language);

    /// <summary>Asks for the company security code to be sent by SMS; <paramref name="body"/> may be <c>null</c>.</summary>
    public static Task<ApiResponse> SendSecurityCodeSmsAsync(HttpClient client, string adminToken, string userId, object? body, string? language = null) =>
        client.PostJsonAsync($"/api/users/{userId}/security-code-sms", body, adminToken, language);

    /// <summary>Reads an account straight from the host's store.</summary>
    public static async Task<Domain.Accounts.UserAccount> LoadUserAsync(LocalHostInstance host, string userId)
    {
        var store = host.Services.GetRequiredService<Domain.Accounts.IAccountStore>();
        var companyId = await store.FindCompanyOfUserAsync(userId, CancellationToken.None);
        return (await store.LoadAsync(companyId!, userId, CancellationToken.None))!.User;
    }

    /// <summary>Reads the newest events of an account straight from the host's store.</summary>
    public static async Task<IReadOnlyList<Domain.Events.AccountEvent>> LoadEventsAsync(LocalHostInstance host, string userId, int count = 50)
    {
        var store = host.Services.GetRequiredService<Domain.Accounts.IAccountStore>();
        var companyId = await store.FindCompanyOfUserAsync(userId, CancellationToken.None);
        return (await store.ListEventsAsync(companyId!, userId, null, count, CancellationToken.None)).Items;
    }

    /// <summary>Waits until the account's delivery status reaches <paramref name="state"/>.</summary>
    public static async Task<Domain.Accounts.UserAccount> WaitForDeliveryStateAsync(LocalHostInstance host, string userId, Domain.Accounts.DeliveryState state, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var user = await LoadUserAsync(host, userId);
            if (user.Delivery?.State == state)
            {
                return user;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The delivery status of {userId} is {user.Delivery?.State}, not {state}.");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the host's delivery queue is empty and the last message had time to finish.</summary>
    public static async Task WaitForEmptyQueueAsync(LocalHostInstance host)
    {
        var queue = new Azure.Storage.Queues.QueueClient(Azurite.ConnectionString, host.Settings["DeliveryQueueName"]);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The delivery queue did not drain within 15 seconds.");
            await Task.Delay(100);
        }

        // The count drops when a message is received, not when its handling ends.
        await Task.Delay(500);
    }

    /// <summary>Waits for the first message of the host's poison queue and returns its decoded text.</summary>
    public static async Task<string> WaitForPoisonAsync(LocalHostInstance host)
    {
        var poison = new Azure.Storage.Queues.QueueClient(Azurite.ConnectionString, host.Settings["DeliveryQueueName"] + "-poison");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await poison.ExistsAsync() && (await poison.PeekMessagesAsync()).Value is [var message, ..])
            {
                return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
            }

            Assert.True(DateTime.UtcNow < deadline, "No message reached the poison queue within 30 seconds.");
            await Task.Delay(200);
        }
    }

    /// <summary>Signs in with a temporary password and returns the security-code challenge.</summary>
    public static async Task<string> StartFirstConnectionAsync(HttpClient client, string login, string temporaryPassword)
    {
        var step = await client.PostJsonAsync("/api/auth/login", new { login, password = temporaryPassword });
        Assert.Equal(200, step.Status);
        Assert.Equal("securityCodeRequired", step.String("status"));
        return step.String("challengeToken")!;
    }
}
