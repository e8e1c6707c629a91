using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Testing;

/// <summary>
/// A stand-in for an Azure Communication Services resource on https://127.0.0.1, for tests of the
/// ACS transports. It serves the e-mail send, the e-mail operation status and the SMS send as the
/// REST reference describes them, checks every request (path, api-version, headers, body), and
/// verifies the HMAC-SHA256 signature with its own code and the same access key, or the bearer
/// token of <see cref="CreateCredential"/>. Each problem it finds is added to
/// <see cref="Violations"/>, and the request gets a 400 or 401 response. It deduplicates like the
/// service: one e-mail per <c>Operation-Id</c>, one SMS per <c>repeatabilityRequestId</c>.
/// </summary>
public sealed class AcsStub : IAsyncDisposable
{
    public const string EmailApiVersion = "2023-03-31";
    public const string SmsApiVersion = "2021-03-07";
    public const string BearerToken = "stub-entra-access-token";

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly ConcurrentQueue<string> _scopes = new();
    private readonly ConcurrentDictionary<string, EmailOperation> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, JsonObject> _sms = new(StringComparer.OrdinalIgnoreCase);

    private AcsStub(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Endpoint = new Uri(address);
    }

    /// <summary>The resource address, <c>https://127.0.0.1:{port}</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The base64 access key the stub verifies signatures with.</summary>
    public string AccessKey => Convert.ToBase64String(_key);

    /// <summary>Statuses (429, 503…) returned to the next send requests before one is handled.</summary>
    public ConcurrentQueue<int> TransientFailures { get; } = new();

    /// <summary>Addresses and phone numbers the service refuses: 400 for e-mail, an unsuccessful result for SMS.</summary>
    public ConcurrentDictionary<string, bool> RejectedRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>E-mail addresses whose send operation ends <c>Failed</c>.</summary>
    public ConcurrentDictionary<string, bool> DroppedRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Status polls that return <c>Running</c> before an operation succeeds.</summary>
    public int RunningPolls { get; set; } = 1;

    /// <summary>The <c>retry-after</c> seconds of the 202 answer to an e-mail send.</summary>
    public int SendRetryAfterSeconds { get; set; }

    /// <summary>When set, the authority the <c>Operation-Location</c> header names instead of the stub's.</summary>
    public string? OperationLocationAuthority { get; set; }

    public IReadOnlyCollection<string> Violations => _violations;

    public IReadOnlyCollection<StubRequest> Requests => _requests;

    /// <summary>Scopes the fake credential was asked for.</summary>
    public IReadOnlyCollection<string> RequestedScopes => _scopes;

    /// <summary>E-mails accepted, one per operation id, as sent in the request body.</summary>
    public IReadOnlyDictionary<string, JsonObject> Emails => _emails.ToDictionary(pair => pair.Key, pair => pair.Value.Body, StringComparer.OrdinalIgnoreCase);

    /// <summary>SMS accepted, one per repeatability id: the request body with its single recipient.</summary>
    public IReadOnlyDictionary<string, JsonObject> Sms => _sms;

    public static async Task<AcsStub> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        AcsStub? stub = null;
        app.Run(context => stub!.HandleAsync(context));
        await app.StartAsync();
        stub = new AcsStub(app, certificate);
        return stub;
    }

    /// <summary>An HTTP transport that trusts the stub's self-signed certificate and no other.</summary>
    public HttpPipelineTransport CreateTransport()
    {
        var thumbprint = _certificate.GetCertHashString();
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == thumbprint,
            },
        };
        return new HttpClientTransport(handler);
    }

    /// <summary>A Microsoft Entra ID credential that hands out <see cref="BearerToken"/> and records the scopes asked for.</summary>
    public TokenCredential CreateCredential() => new FakeCredential(this);

    public int CountRequests(string method, string pathStart) =>
        _requests.Count(request => request.Method == method && request.Path.StartsWith(pathStart, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var path = "/" + request.Path.Value!.TrimStart('/');
        var authMode = Authenticate(request, rawTarget, body);
        _requests.Enqueue(new StubRequest(request.Method, path, request.QueryString.Value ?? "", authMode, DateTimeOffset.UtcNow, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), Encoding.UTF8.GetString(body)));
        if (authMode is null)
        {
            await AnswerAsync(context, 401, ErrorBody("Denied", "The request is not authenticated."));
            return;
        }

        if (request.Method == "POST" && path == "/emails:send")
        {
            await SendEmailAsync(context, body);
        }
        else if (request.Method == "GET" && path.StartsWith("/emails/operations/", StringComparison.Ordinal))
        {
            await GetEmailStatusAsync(context, path["/emails/operations/".Length..]);
        }
        else if (request.Method == "POST" && path == "/sms")
        {
            await SendSmsAsync(context, body);
        }
        else
        {
            Violation($"unexpected request {request.Method} {rawTarget}");
            await AnswerAsync(context, 404, ErrorBody("NotFound", "No such operation."));
        }
    }

    /// <summary>Returns <c>hmac</c> or <c>bearer</c> for an authenticated request, <c>null</c> otherwise.</summary>
    private string? Authenticate(HttpRequest request, string rawTarget, byte[] body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization == "Bearer " + BearerToken)
        {
            return "bearer";
        }

        const string Prefix = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=";
        if (!authorization.StartsWith(Prefix, StringComparison.Ordinal))
        {
            Violation($"Authorization is neither the bearer token nor an HMAC-SHA256 signature: '{authorization}'");
            return null;
        }

        var date = request.Headers["x-ms-date"].ToString();
        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sentAt)
            || (DateTimeOffset.UtcNow - sentAt).Duration() > TimeSpan.FromMinutes(15))
        {
            Violation($"x-ms-date is missing, not RFC 1123 or more than 15 minutes off: '{date}'");
            return null;
        }

        var contentHash = Convert.ToBase64String(SHA256.HashData(body));
        if (request.Headers["x-ms-content-sha256"].ToString() != contentHash)
        {
            Violation("x-ms-content-sha256 is not the SHA-256 of the body");
            return null;
        }

        var stringToSign = request.Method + "\n" + rawTarget + "\n" + date + ";" + request.Host.Value + ";" + contentHash;
        using var hmac = new HMACSHA256(_key);
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        if (authorization[Prefix.Length..] != expected)
        {
            Violation($"the HMAC signature does not match the string to sign '{stringToSign.Replace("\n", "\\n", StringComparison.Ordinal)}'");
            return null;
        }

        return "hmac";
    }

    private async Task SendEmailAsync(HttpContext context, byte[] body)
    {
        CheckApiVersion(context.Request, EmailApiVersion);
        CheckJsonContentType(context.Request);
        var operationId = context.Request.Headers["Operation-Id"].ToString();
        if (!Guid.TryParseExact(operationId, "D", out _))
        {
            Violation($"Operation-Id is not a GUID: '{operationId}'");
        }

        var message = ParseObject(body);
        var recipient = message?["recipients"]?["to"]?[0]?["address"]?.GetValue<string>();
        if (message?["senderAddress"] is null || message["content"]?["subject"] is null || message["content"]?["plainText"] is null
            || message["content"]?["html"] is null || recipient is null)
        {
            Violation("the e-mail body lacks senderAddress, content.subject, content.plainText, content.html or recipients.to[0].address");
            await AnswerAsync(context, 400, ErrorBody("BadRequest", "Invalid e-mail request."));
            return;
        }

        if (await AnsweredTransientFailureAsync(context))
        {
            return;
        }

        if (RejectedRecipients.ContainsKey(recipient))
        {
            await AnswerAsync(context, 400, ErrorBody("InvalidRecipient", $"The recipient {recipient} is not valid."));
            return;
        }

        var operation = _emails.GetOrAdd(operationId, _ => new EmailOperation(message, DroppedRecipients.ContainsKey(recipient)));
        var authority = OperationLocationAuthority ?? Endpoint.Authority;
        context.Response.Headers["Operation-Location"] = $"https://{authority}//emails/operations/{operationId}?api-version={EmailApiVersion}";
        context.Response.Headers["retry-after"] = SendRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await AnswerAsync(context, 202, new JsonObject { ["id"] = operationId, ["status"] = operation.Status(RunningPolls) });
    }

    private async Task GetEmailStatusAsync(HttpContext context, string operationId)
    {
        CheckApiVersion(context.Request, EmailApiVersion);
        if (!_emails.TryGetValue(operationId, out var operation))
        {
            await AnswerAsync(context, 404, ErrorBody("NotFound", $"No operation {operationId}."));
            return;
        }

        operation.Poll();
        var status = operation.Status(RunningPolls);
        var answer = new JsonObject { ["id"] = operationId, ["status"] = status };
        if (status == "Failed")
        {
            answer["error"] = new JsonObject { ["code"] = "EmailDropped", ["message"] = "Email was dropped after several attempts to deliver." };
        }
        else if (status == "Running")
        {
            context.Response.Headers["retry-after"] = "0";
        }

        await AnswerAsync(context, 200, answer);
    }

    private async Task SendSmsAsync(HttpContext context, byte[] body)
    {
        CheckApiVersion(context.Request, SmsApiVersion);
        CheckJsonContentType(context.Request);
        var message = ParseObject(body);
        var recipient = message?["smsRecipients"]?[0];
        var to = recipient?["to"]?.GetValue<string>();
        var requestId = recipient?["repeatabilityRequestId"]?.GetValue<string>();
        var firstSent = recipient?["repeatabilityFirstSent"]?.GetValue<string>();
        if (message?["from"] is null || message["message"] is null || to is null || !to.StartsWith('+')
            || !Guid.TryParseExact(requestId, "D", out _)
            || !DateTimeOffset.TryParseExact(firstSent, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            Violation("the SMS body lacks from, message, an E.164 smsRecipients[0].to, a GUID repeatabilityRequestId or an RFC 1123 repeatabilityFirstSent");
            await AnswerAsync(context, 400, ErrorBody("BadRequest", "Invalid SMS request."));
            return;
        }

        if (await AnsweredTransientFailureAsync(context))
        {
            return;
        }

        var rejected = RejectedRecipients.ContainsKey(to);
        var repeated = !rejected && !_sms.TryAdd(requestId!, message);
        var result = new JsonObject
        {
            ["to"] = to,
            ["messageId"] = rejected ? null : "Outgoing_" + requestId,
            ["httpStatusCode"] = rejected ? 400 : 202,
            ["repeatabilityResult"] = repeated ? "accepted" : null,
            ["successful"] = !rejected,
            ["errorMessage"] = rejected ? "Invalid To phone number format." : null,
        };
        await AnswerAsync(context, 202, new JsonObject { ["value"] = new JsonArray(result) });
    }

    /// <summary>Responds with the next of <see cref="TransientFailures"/>, if any, and returns whether it did.</summary>
    private async Task<bool> AnsweredTransientFailureAsync(HttpContext context)
    {
        if (!TransientFailures.TryDequeue(out var status))
        {
            return false;
        }

        context.Response.Headers.RetryAfter = "0";
        await AnswerAsync(context, status, ErrorBody(status == 429 ? "TooManyRequests" : "ServiceUnavailable", "Try again."));
        return true;
    }

    private void CheckApiVersion(HttpRequest request, string expected)
    {
        if (request.Query["api-version"].ToString() != expected)
        {
            Violation($"api-version of {request.Path} is '{request.Query["api-version"]}', expected {expected}");
        }
    }

    private void CheckJsonContentType(HttpRequest request)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            Violation($"Content-Type of {request.Path} is '{request.ContentType}', expected application/json");
        }
    }

    private JsonObject? ParseObject(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException exception)
        {
            Violation($"the body is not JSON: {exception.Message}");
            return null;
        }
    }

    private void Violation(string description) => _violations.Enqueue(description);

    private static JsonObject ErrorBody(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static async Task AnswerAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (status >= 400 && body["error"]?["code"] is { } code)
        {
            context.Response.Headers["x-ms-error-code"] = code.GetValue<string>();
        }

        await context.Response.WriteAsync(body.ToJsonString());
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Kestrel needs a certificate whose key it can use, which a PKCS #12 round trip gives.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    /// <summary>An e-mail send operation and the number of times its status was read.</summary>
    private sealed class EmailOperation(JsonObject body, bool dropped)
    {
        private int _polls;

        public JsonObject Body { get; } = body;

        public void Poll() => Interlocked.Increment(ref _polls);

        public string Status(int runningPolls) => Volatile.Read(ref _polls) <= runningPolls
            ? "Running"
            : dropped ? "Failed" : "Succeeded";
    }

    private sealed class FakeCredential(AcsStub stub) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            foreach (var scope in requestContext.Scopes)
            {
                stub._scopes.Enqueue(scope);
            }

            return new AccessToken(BearerToken, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}

/// <summary>A request the stub received; <see cref="AuthMode"/> is <c>hmac</c>, <c>bearer</c> or <c>null</c> when refused.</summary>
public sealed record StubRequest(string Method, string Path, string Query, string? AuthMode, DateTimeOffset ReceivedAt, IReadOnlyDictionary<string, string> Headers, string Body);
