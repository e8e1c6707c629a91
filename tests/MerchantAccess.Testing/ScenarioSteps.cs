using System.Text.Json.Nodes;
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
        var credentials = await host.Outbox.WaitForEmailAsync(email, emailCount);
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
        var credentials = await host.Outbox.WaitForEmailAsync(email, emailCount);
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

    /// <summary>Signs in with a temporary password and returns the security-code challenge.</summary>
    public static async Task<string> StartFirstConnectionAsync(HttpClient client, string login, string temporaryPassword)
    {
        var step = await client.PostJsonAsync("/api/auth/login", new { login, password = temporaryPassword });
        Assert.Equal(200, step.Status);
        Assert.Equal("securityCodeRequired", step.String("status"));
        return step.String("challengeToken")!;
    }
}
