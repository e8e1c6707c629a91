using System.Text;
using System.Text.Json.Nodes;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// Hostile input on every route of the function catalog: broken and mistyped JSON, unknown
/// members, oversized bodies and strings, awkward characters in paths, logins, names, search text
/// and phone numbers, and bad tokens. Each response is a 4xx problem details with a message and no
/// stack trace, never a 5xx, and a rejected request changes no stored account.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    /// <summary>Awkward text: quotes, slashes, URL and key delimiters, control characters, CRLF, Unicode forms and look-alikes.</summary>
    public static readonly string[] AwkwardText =
    [
        "'", "\"", "a'--", "a/b", "a\\b", "a#b", "a?b=c", "100%", "%00", "%2e%2e%2f", "../..",
        "a\u0000b", "a\u0007b", "a\r\nX-Injected: 1", "a\nb", "\u202Eevil", "a\u200Bb",
        "ｃｌａｉｒｅ.ｄｕｐｏｎｔ", "clаire.dupont", "CLAIRE.DUPONT", "cafe\u0301", "caf\u00e9", "ǅ", "ﬁ",
        "😀", "\uD800", new string('x', 300), new string('é', 5000),
    ];

    private static readonly IReadOnlyList<ApiRoute> Routes = ApiRoute.All();

    /// <summary>Kestrel's default maximum request line, in bytes (KestrelServerLimits.MaxRequestLineSize).</summary>
    private const int MaxRequestLineLength = 8 * 1024;

    private LocalHostInstance _host = null!;
    private RecordedHost _recorded = null!;
    private string _support = null!;
    private string _dupontAdmin = null!;
    private string _dupontClerkId = null!;
    private string _surfClerkId = null!;

    public async Task InitializeAsync()
    {
        _host = await ProofHosts.StartAsync();
        _recorded = HostRegistry.All.Last(host => host.TablePrefix == _host.Settings["MerchantAccess:Storage:TablePrefix"]);
        _support = await Steps.SignInAsync(_host, Demo.Support);
        _dupontAdmin = await Steps.SignInAsync(_host, Demo.AdminOf(Demo.Dupont));
        _dupontClerkId = await Steps.FindUserIdAsync(_host, _dupontAdmin, Demo.ClerksOf(Demo.Dupont)[0].Login);
        _surfClerkId = await Steps.FindUserIdAsync(_host, _support, Demo.ClerksOf(Demo.Surf)[0].Login);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Hostile_bodies_are_rejected_on_every_route()
    {
        var before = await AccountRowsAsync();
        var sent = 0;

        foreach (var route in Routes.Where(route => route.HasBody))
        {
            foreach (var (label, body) in HostileBodies(route))
            {
                var answer = await SendAsync(route, route.PathFor(_dupontClerkId), body, _support);
                AssertProblem(answer, $"{route} with {label}");
                sent++;
            }

            var formAnswer = await SendRawAsync(route, route.PathFor(_dupontClerkId), "login=a&password=b", "application/x-www-form-urlencoded", _support);
            AssertProblem(formAnswer, $"{route} with a form body");
            Assert.Equal(415, formAnswer.Status);
        }

        Assert.True(sent > 100, $"Only {sent} hostile bodies were sent.");
        Assert.Equal(before, await AccountRowsAsync());
    }

    [Fact]
    public async Task Hostile_user_ids_are_not_found()
    {
        // A NUL (%00) is left out: Kestrel rejects it with a bare 400 before the app receives the request.
        string[] ids = ["'", "%27%20or%20%271%27%3D%271", "..%2F..%2Fhealth", "%23", "%3F", "%25", "%0D%0A", new string('a', 4000), "%C3%A9", "ABCDEF0123456789ABCDEF0123456789", _surfClerkId + "%20"];
        var before = await AccountRowsAsync();

        foreach (var route in Routes.Where(route => route.Template.Contains("{userId}", StringComparison.Ordinal)))
        {
            foreach (var id in ids)
            {
                var answer = await SendAsync(route, route.PathFor(id), route.HasBody ? SampleBody(route).ToJsonString() : null, _support);
                Assert.True(answer.Status is 404 or 400, $"{route} with user id {id} answered {answer.Status}: {answer.Text}");
                AssertProblem(answer, $"{route} with user id {id}");
            }
        }

        Assert.Equal(before, await AccountRowsAsync());
    }

    [Fact]
    public async Task Bad_tokens_are_rejected_on_every_route()
    {
        var tokens = await BadTokensAsync();
        var before = await AccountRowsAsync();

        foreach (var route in Routes.Where(route => route.RequiresToken))
        {
            foreach (var (label, token) in tokens)
            {
                var answer = await SendAsync(route, route.PathFor(_dupontClerkId), route.HasBody ? SampleBody(route).ToJsonString() : null, token);
                Assert.True(answer.Status == 401, $"{route} with a {label} token answered {answer.Status}: {answer.Text}");
                AssertProblem(answer, $"{route} with a {label} token");
            }

            if (route.Template.Contains("{userId}", StringComparison.Ordinal))
            {
                // An administrator of another company gets not_found, as for a user that does not exist.
                var otherCompany = await SendAsync(route, route.PathFor(_surfClerkId), route.HasBody ? SampleBody(route).ToJsonString() : null, _dupontAdmin);
                Assert.True(otherCompany.Status is 404 or 403, $"{route} for another company's user answered {otherCompany.Status}: {otherCompany.Text}");
                AssertProblem(otherCompany, $"{route} for another company's user");
            }
        }

        Assert.Equal(before, await AccountRowsAsync());
    }

    [Fact]
    public async Task Awkward_logins_get_the_unknown_credentials_answer()
    {
        var directoryBefore = await StoredRows.ReadTablesAsync(_recorded, "Directory");
        var reference = await _host.Client.PostJsonAsync("/api/auth/login", new { login = "nobody.here", password = "Wrong2026Password" });
        var selfServiceReference = await _host.Client.PostJsonAsync("/api/auth/forgotten-password", new { login = "nobody.here", email = "nobody@example.com" });

        foreach (var login in AwkwardText)
        {
            var signIn = await _host.Client.PostJsonAsync("/api/auth/login", new { login, password = "Wrong2026Password" });
            var selfService = await _host.Client.PostJsonAsync("/api/auth/forgotten-password", new { login, email = login + "@example.com" });

            AssertProblem(signIn, $"sign-in as {Printable(login)}");
            Assert.True(signIn.Status == 400 || signIn.Text == reference.Text, $"Sign-in as {Printable(login)} answered {signIn.Status}: {signIn.Text}");
            Assert.True(selfService.Status == 400 ? IsProblem(selfService) : selfService.Text == selfServiceReference.Text, $"Forgotten password for {Printable(login)} answered {selfService.Status}: {selfService.Text}");
        }

        // A look-alike spelling that normalises to a real login counts a wrong password on that
        // account, so only the directory is compared: no login or account was created.
        Assert.Equal(directoryBefore, await StoredRows.ReadTablesAsync(_recorded, "Directory"));
    }

    [Fact]
    public async Task Awkward_search_text_finds_nothing_and_fails_nothing()
    {
        // Spellings that normalise to a real login, such as full-width letters, find it by design.
        foreach (var text in AwkwardText.Where(text => !FoldCompatible(text).Contains("dupont", StringComparison.OrdinalIgnoreCase)))
        {
            var path = "/api/users?query=" + Uri.EscapeDataString(text);
            var answer = await _host.Client.GetJsonAsync(path, _dupontAdmin);
            if (path.Length > MaxRequestLineLength)
            {
                // NOTE: Kestrel responds to a request line over its limit with a bare 414 before the
                // app receives the request, so this response has no problem details body.
                Assert.True(answer.Status == 414, $"Search for {Printable(text)} with a {path.Length}-character path answered {answer.Status}: {answer.Text}");
                continue;
            }

            Assert.True(answer.Status is 200 or 400, $"Search for {Printable(text)} answered {answer.Status}: {answer.Text}");
            if (answer.Status == 200)
            {
                Assert.True(answer.Json!["items"]!.AsArray().Count == 0, $"Search for {Printable(text)} found {answer.Text}");
            }
            else
            {
                AssertProblem(answer, $"search for {Printable(text)}");
            }
        }
    }

    [Fact]
    public async Task Invalid_contact_fields_are_not_stored()
    {
        string[] badText = ["a\u0000b", "a\u0007b", "Jean\r\nBcc: x@example.com", "a\nb", new string('x', 5000)];
        string[] badEmails = ["a@b\r\nBcc: x@example.com", "<script>@example.com", "no-at-sign", "a,b@example.com", "a\"b@example.com", new string('a', 300) + "@example.com"];
        string[] badPhones = ["01 23 45 67 89", "+1 212 555 0100", "06 12", "abc", "+33 6 12 34 56 78 99 99", "+33 6 1%2 34 56 78", "06\u000012345678", "+"];
        var before = await AccountRowsAsync();
        var answers = new List<(string Label, ApiResponse Answer)>();

        foreach (var text in badText)
        {
            answers.Add(($"first name {Printable(text)}", await CreateUserAsync(firstName: text)));
            answers.Add(($"last name {Printable(text)}", await CreateUserAsync(lastName: text)));
            answers.Add(($"login {Printable(text)}", await CreateUserAsync(login: text)));
            answers.Add(($"edit of the first name to {Printable(text)}", await _host.Client.SendJsonAsync(HttpMethod.Patch, $"/api/users/{_dupontClerkId}", new { firstName = text }, _dupontAdmin)));
        }

        foreach (var email in badEmails)
        {
            answers.Add(($"e-mail {Printable(email)}", await CreateUserAsync(email: email)));
        }

        foreach (var phone in badPhones)
        {
            answers.Add(($"phone {Printable(phone)} on creation", await CreateUserAsync(phoneNumber: phone)));
            answers.Add(($"phone {Printable(phone)} for an SMS", await _host.Client.PostJsonAsync($"/api/users/{_dupontClerkId}/security-code-sms", new { phoneNumber = phone, savePhoneNumber = true }, _dupontAdmin)));
        }

        // A lone surrogate cannot be written by the JSON serialiser, so it is sent as an escape.
        var loneSurrogate = "{\"firstName\":\"\\ud800\",\"lastName\":\"Hostile\",\"email\":\"jeanne.hostile@example.com\",\"language\":\"fr\"}";
        answers.Add(("first name \\ud800", await _host.Client.PostJsonAsync("/api/users", loneSurrogate, _dupontAdmin)));

        Assert.All(answers, pair =>
        {
            Assert.True(pair.Answer.Status == 400, $"{pair.Label} answered {pair.Answer.Status}: {pair.Answer.Text}");
            AssertProblem(pair.Answer, pair.Label);
            Assert.Equal("validation_failed", pair.Answer.String("code"));
        });
        Assert.Equal(before, await AccountRowsAsync());
    }

    [Theory]
    [InlineData("0612345678\r\n")]
    [InlineData("٠٦١٢٣٤٥٦٧٨")]
    [InlineData("+33 (0)6 12 34 56 78")]
    public async Task Lenient_phone_forms_are_stored_in_E164(string phone)
    {
        var created = await CreateUserAsync(login: "phone." + TestSettings.UniqueName(), phoneNumber: phone);

        Assert.Equal(201, created.Status);
        Assert.Equal("+33612345678", created.String("phoneNumber"));
    }

    private Task<ApiResponse> CreateUserAsync(string? login = null, string firstName = "Jeanne", string lastName = "Hostile", string email = "jeanne.hostile@example.com", string? phoneNumber = null) =>
        _host.Client.PostJsonAsync("/api/users", new { login, firstName, lastName, email, phoneNumber, language = "fr" }, _dupontAdmin);

    /// <summary>The rows of the accounts and directory tables; rate-limit rows are left out because requests are counted by design.</summary>
    private Task<SortedSet<string>> AccountRowsAsync() => StoredRows.ReadTablesAsync(_recorded, "Accounts", "Directory");

    private async Task<List<(string Label, string Token)>> BadTokensAsync()
    {
        var tokens = _host.Services.GetRequiredService<ITokenService>();
        var store = _host.Services.GetRequiredService<Domain.Accounts.IAccountStore>();
        var adminId = await Steps.FindUserIdAsync(_host, _dupontAdmin, Demo.AdminOf(Demo.Dupont).Login);
        var dupontId = await store.FindCompanyOfUserAsync(adminId, CancellationToken.None);
        var surfId = await store.FindCompanyOfUserAsync(_surfClerkId, CancellationToken.None);
        var session = (await Steps.LoadUserAsync(_host, adminId)).Sessions[^1].Id;
        var revoked = await Steps.SignInAsync(_host, Demo.AdminOf(Demo.Surf));
        Assert.Equal(204, (await _host.Client.PostJsonAsync("/api/auth/logout", null, revoked)).Status);

        var list = new List<(string Label, string Token)>
        {
            ("missing", ""),
            ("garbage", "not-a-token"),
            ("tampered", _dupontAdmin[..^4] + (_dupontAdmin[^4..] == "AAAA" ? "BBBB" : "AAAA")),
            ("unsigned", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
            ("expired", tokens.IssueAccessToken(adminId, dupontId!, session, DateTimeOffset.UtcNow.AddMinutes(-5)).Value),
            ("other-company", tokens.IssueAccessToken(adminId, surfId!, session, DateTimeOffset.UtcNow.AddMinutes(30)).Value),
            ("revoked", revoked),
            ("challenge", (await Steps.SignInWithAsync(_host, "nobody.here", "x")).String("challengeToken") ?? "x.y.z"),
        };
        foreach (var (_, token) in list)
        {
            HostRegistry.RememberSecret("access token", token);
        }

        return list;
    }

    private static IEnumerable<(string Label, string Body)> HostileBodies(ApiRoute route)
    {
        var sample = SampleBody(route).ToJsonString();
        yield return ("an empty body", "");
        yield return ("an opening brace", "{");
        yield return ("a truncated body", sample[..(sample.Length / 2)]);
        yield return ("a body without its closing brace", sample[..^1]);
        yield return ("a trailing comma", sample[..^1] + ",}");
        yield return ("single quotes", sample.Replace('"', '\''));
        yield return ("null", "null");
        yield return ("an array", "[" + sample + "]");
        yield return ("a number", "42");
        yield return ("a string", "\"text\"");
        yield return ("an unknown member", sample[..^1] + ",\"isAdmin\":true}");
        yield return ("only an unknown member", "{\"__proto__\":{\"admin\":true}}");
        yield return ("a duplicated huge body", "{\"padding\":\"" + new string('x', 70_000) + "\"}");
        yield return ("deep nesting", new string('[', 5000) + new string(']', 5000));
        yield return ("a control character outside strings", "{\u0001}");
        yield return ("a UTF-8 byte order mark and garbage", "\uFEFF{garbage}");
        foreach (var (member, type) in route.BodyMembers)
        {
            foreach (var (label, wrong) in WrongValues(type))
            {
                var body = SampleBody(route);
                body[member] = wrong;
                yield return ($"{member} as {label}", body.ToJsonString());
            }

            if (type == "string")
            {
                var huge = SampleBody(route);
                huge[member] = new string('a', 70_000);
                yield return ($"a 70 000-character {member}", huge.ToJsonString());
            }
        }
    }

    private static IEnumerable<(string Label, JsonNode? Value)> WrongValues(string type) => type switch
    {
        "string" => [("a number", 42), ("an object", new JsonObject()), ("an array", new JsonArray("x")), ("true", true)],
        "boolean" => [("a string", "yes"), ("a number", 2), ("an object", new JsonObject())],
        "array" => [("a string", "manageUsers"), ("a number", 1), ("an array of numbers", new JsonArray(1, 2))],
        "integer" => [("a string", "ten"), ("a fraction", 1.5)],
        _ => [("a number", 42)],
    };

    /// <summary>A body with every member of the route set to a value of its type.</summary>
    private static JsonObject SampleBody(ApiRoute route)
    {
        var body = new JsonObject();
        foreach (var (member, type) in route.BodyMembers)
        {
            body[member] = type switch
            {
                "boolean" => false,
                "array" => new JsonArray(),
                "integer" => 1,
                _ => "x",
            };
        }

        return body;
    }

    private async Task<ApiResponse> SendAsync(ApiRoute route, string path, string? body, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method.ToUpperInvariant()), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await ApiClient.SendAsync(_host.Client, request, string.IsNullOrEmpty(token) ? null : token, null);
    }

    private async Task<ApiResponse> SendRawAsync(ApiRoute route, string path, string body, string mediaType, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method.ToUpperInvariant()), path)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        return await ApiClient.SendAsync(_host.Client, request, token, null);
    }

    private static void AssertProblem(ApiResponse answer, string context)
    {
        Assert.True(answer.Status is >= 400 and < 500, $"{context} answered {answer.Status}: {answer.Text}");
        Assert.True(IsProblem(answer), $"{context} answered {answer.Status} without a problem details body: {answer.Text}");
        Assert.False(string.IsNullOrWhiteSpace(answer.String("detail")), $"{context} answered a problem without a detail: {answer.Text}");
        Assert.False(string.IsNullOrWhiteSpace(answer.String("code")), $"{context} answered a problem without a code: {answer.Text}");
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>Folds compatibility forms as login matching does; a lone surrogate cannot be normalised and is kept as is.</summary>
    private static string FoldCompatible(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool IsProblem(ApiResponse answer) => answer.MediaType == "application/problem+json" && answer.Json is JsonObject;

    private static string Printable(string text) =>
        string.Concat(text.Take(40).Select(c => char.IsControl(c) || char.IsSurrogate(c) || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
