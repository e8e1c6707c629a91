using System.Text.Json.Nodes;
using Azure.Data.Tables;
using MerchantAccess.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace MerchantAccess.Testing;

/// <summary>Steps of the reset story that several tests take through the public API, for the local host and browser tests.</summary>
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

    /// <summary>
    /// Reads the newest e-mail to <paramref name="email"/> (waiting for the <paramref name="emailCount"/>th)
    /// and completes the first connection with it; returns the access token.
    /// </summary>
    public static async Task<string> CompleteFirstConnectionAsync(LocalHostInstance host, string login, string email, string securityCode, string newPassword, int emailCount = 1)
    {
        var credentials = await host.Outbox.WaitForCredentialsAsync(email, emailCount);
        var challenge = await StartFirstConnectionAsync(host.Client, login, credentials.TemporaryPassword);
        var codeStep = await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode });
        Assert.Equal("passwordChangeRequired", codeStep.String("status"));
        var done = await host.Client.PostJsonAsync("/api/auth/new-password", new { challengeToken = codeStep.String("challengeToken"), newPassword });
        Assert.Equal("authenticated", done.String("status"));
        return done.String("accessToken")!;
    }

    /// <summary>Resets a user and enters three wrong codes, leaving the account code locked.</summary>
    public static async Task LockWithWrongCodesAsync(LocalHostInstance host, string adminToken, string userId, string login, string email, int emailCount = 1)
    {
        var reset = await ResetAsync(host.Client, adminToken, userId);
        Assert.Equal(200, reset.Status);
        var credentials = await host.Outbox.WaitForCredentialsAsync(email, emailCount);
        var challenge = await StartFirstConnectionAsync(host.Client, login, credentials.TemporaryPassword);
        ApiResponse? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await host.Client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG000" });
        }

        Assert.Equal("account_locked", last!.String("code"));
    }

    /// <summary>Lists the types of all of a user's events, newest first.</summary>
    public static async Task<List<string>> EventTypesAsync(HttpClient client, string token, string userId) =>
        (await AllEventsAsync(client, token, userId)).Select(item => item["type"]!.GetValue<string>()).ToList();

    /// <summary>Reads every page of a user's events, newest first.</summary>
    public static async Task<List<JsonNode>> AllEventsAsync(HttpClient client, string token, string userId)
    {
        var items = new List<JsonNode>();
        string? continuation = null;
        do
        {
            var path = $"/api/users/{userId}/events?pageSize=200" + (continuation is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuation));
            var page = await client.GetJsonAsync(path, token);
            Assert.Equal(200, page.Status);
            items.AddRange(page.Json!["items"]!.AsArray().Select(item => item!));
            continuation = page.Json["continuationToken"]?.GetValue<string>();
        }
        while (continuation is not null);

        return items;
    }

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
        return (await store.ListEventsAsync(companyId!, userId, null, count, CancellationToken.None))!.Items;
    }

    /// <summary>Waits until the account's delivery status reaches <paramref name="state"/>.</summary>
    public static async Task<Domain.Accounts.UserAccount> WaitForDeliveryStateAsync(LocalHostInstance host, string userId, Domain.Accounts.DeliveryState state)
    {
        Domain.Accounts.UserAccount? user = null;
        await Eventually.UntilAsync(
            async () => (user = await LoadUserAsync(host, userId)).Delivery?.State == state,
            () => $"The delivery status of {userId} is {user?.Delivery?.State}, not {state}.");
        return user!;
    }

    /// <summary>Waits until the host's delivery queue is empty and the last message had time to finish.</summary>
    public static async Task WaitForEmptyQueueAsync(LocalHostInstance host)
    {
        var queue = new Azure.Storage.Queues.QueueClient(Azurite.ConnectionString, host.Settings["DeliveryQueueName"]);
        await Eventually.UntilAsync(
            async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            () => "The delivery queue did not drain.");

        // The count drops when a message is received, not when its handling ends.
        await Task.Delay(500);
    }

    /// <summary>Waits for the first message of the host's poison queue and returns its decoded text.</summary>
    public static async Task<string> WaitForPoisonAsync(LocalHostInstance host)
    {
        var poison = PoisonQueue(host);
        string? text = null;
        await Eventually.UntilAsync(
            async () =>
            {
                if (await poison.ExistsAsync() && (await poison.PeekMessagesAsync()).Value is [var message, ..])
                {
                    text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
                }

                return text is not null;
            },
            () => "No message reached the poison queue.");
        return text!;
    }

    /// <summary>The poison queue of the host's delivery queue, where messages go after their last attempt.</summary>
    public static Azure.Storage.Queues.QueueClient PoisonQueue(LocalHostInstance host) =>
        new(Azurite.ConnectionString, host.Settings["DeliveryQueueName"] + "-poison");

    /// <summary>The accounts table of the host, for tests that read or write rows directly.</summary>
    public static TableClient AccountsTable(LocalHostInstance host)
    {
        ArgumentNullException.ThrowIfNull(host);

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return host.Services.GetRequiredService<TableServiceClient>().GetTableClient(options.AccountsTable);
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
