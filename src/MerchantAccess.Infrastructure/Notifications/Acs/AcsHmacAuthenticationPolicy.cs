using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MerchantAccess.Infrastructure.Notifications.Acs;

/// <summary>
/// Signs each request with the resource's access key, the HMAC-SHA256 scheme of the Communication
/// Services REST reference: <c>x-ms-content-sha256</c> is the base64 SHA-256 of the body,
/// <c>x-ms-date</c> the RFC 1123 time, and <c>Authorization</c> is
/// <c>HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&amp;Signature=...</c> where the
/// signature is the base64 HMAC-SHA256, keyed with the decoded access key, of
/// <c>VERB\npath-and-query\nx-ms-date;host;x-ms-content-sha256</c>. It runs on every retry, so
/// each attempt carries a fresh date.
/// </summary>
public sealed class AcsHmacAuthenticationPolicy : HttpPipelinePolicy
{
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <param name="accessKey">The base64 access key of the resource.</param>
    public AcsHmacAuthenticationPolicy(string accessKey, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKey);
        ArgumentNullException.ThrowIfNull(time);

        _key = Convert.FromBase64String(accessKey);
        _time = time;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);

        using var body = new MemoryStream();
        message.Request.Content?.WriteTo(body, message.CancellationToken);
        Sign(message, body);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);

        using var body = new MemoryStream();
        if (message.Request.Content is { } content)
        {
            await content.WriteToAsync(body, message.CancellationToken);
        }

        Sign(message, body);
        await ProcessNextAsync(message, pipeline);
    }

    private static string Authorization(byte[] key, string method, Uri uri, string date, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(uri);

        // The host is the authority of the URI: it includes the port when it is not the default.
        var stringToSign = $"{method}\n{uri.PathAndQuery}\n{date};{uri.Authority};{contentHash}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}";
    }

    private void Sign(HttpMessage message, MemoryStream body)
    {
        var contentHash = Convert.ToBase64String(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
        var date = _time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var request = message.Request;
        request.Headers.SetValue("x-ms-content-sha256", contentHash);
        request.Headers.SetValue("x-ms-date", date);
        request.Headers.SetValue(HttpHeader.Names.Authorization, Authorization(_key, request.Method.Method, request.Uri.ToUri(), date, contentHash));
    }
}
