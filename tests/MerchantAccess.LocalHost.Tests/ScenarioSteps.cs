using MerchantAccess.Testing;

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

    /// <summary>Signs in with a temporary password and returns the security-code challenge.</summary>
    public static async Task<string> StartFirstConnectionAsync(HttpClient client, string login, string temporaryPassword)
    {
        var step = await client.PostJsonAsync("/api/auth/login", new { login, password = temporaryPassword });
        Assert.Equal(200, step.Status);
        Assert.Equal("securityCodeRequired", step.String("status"));
        return step.String("challengeToken")!;
    }
}
