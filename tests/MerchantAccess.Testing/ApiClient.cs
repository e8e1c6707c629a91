using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MerchantAccess.Testing;

/// <summary>Calls the API of a test host the way the front end does, and reads JSON answers.</summary>
public static class ApiClient
{
    public static Task<ApiResponse> PostJsonAsync(this HttpClient client, string path, object? body, string? accessToken = null, string? language = null) =>
        SendJsonAsync(client, HttpMethod.Post, path, body, accessToken, language);

    public static async Task<ApiResponse> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body, string? accessToken = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(client);

        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string raw ? new StringContent(raw, Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        return await SendAsync(client, request, accessToken, language);
    }

    public static async Task<ApiResponse> GetJsonAsync(this HttpClient client, string path, string? accessToken = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(client);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(client, request, accessToken, language);
    }

    public static async Task<ApiResponse> SendAsync(HttpClient client, HttpRequestMessage request, string? accessToken, string? language)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);

        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (text.Length > 0)
        {
            try
            {
                json = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                json = null;
            }
        }

        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase);
        return new ApiResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, json) { Headers = headers };
    }

    /// <summary>Signs in with a password that needs no further step and returns the access token.</summary>
    public static async Task<string> SignInAsync(this HttpClient client, string login, string password)
    {
        var response = await client.PostJsonAsync("/api/auth/login", new { login, password });
        if (response.Status != 200 || response.String("status") != "authenticated")
        {
            throw new InvalidOperationException($"Sign-in of {login} failed: {response.Status} {response.Text}");
        }

        return response.String("accessToken")!;
    }
}

/// <summary>An API answer: status, media type, raw text and parsed JSON.</summary>
public sealed record ApiResponse(int Status, string? MediaType, string Text, JsonNode? Json)
{
    /// <summary>Response and content headers, by case-insensitive name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? String(string member) => Json?[member]?.GetValue<string>();

    public int? Int(string member) => Json?[member]?.GetValue<int>();
}
