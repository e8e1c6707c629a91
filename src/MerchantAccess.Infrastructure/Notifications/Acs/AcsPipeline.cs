using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Notifications.Acs;

/// <summary>
/// The Azure.Core HTTP pipeline that both ACS transports send through, with the authentication
/// the settings choose: Microsoft Entra ID bearer tokens (<c>managedIdentity</c>) or HMAC-SHA256
/// signing with the access key (<c>accessKey</c>), as the official clients offer.
/// </summary>
public sealed class AcsPipeline
{
    /// <summary>The token scope the official Communication Services clients ask for.</summary>
    public const string TokenScope = "https://communication.azure.com//.default";

    public AcsPipeline(IOptions<DeliveryOptions> delivery, IOptions<AcsClientOptions> client, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(client);

        var settings = delivery.Value;
        var options = client.Value;
        Endpoint = new Uri(settings.AcsEndpoint.TrimEnd('/') + "/", UriKind.Absolute);
        HttpPipelinePolicy authentication = settings.UsesAccessKey
            ? new AcsHmacAuthenticationPolicy(settings.AcsAccessKey, time)
            : new BearerTokenAuthenticationPolicy(options.Credential ?? CreateCredential(settings), TokenScope);

        // Authentication runs per retry, so each attempt is signed or authorised anew.
        Pipeline = HttpPipelineBuilder.Build(options, authentication);
        Options = options;
    }

    /// <summary>The resource's address, ending with a slash.</summary>
    public Uri Endpoint { get; }

    public HttpPipeline Pipeline { get; }

    public AcsClientOptions Options { get; }

    /// <summary>The address of <paramref name="relative"/> (no leading slash) on the resource.</summary>
    /// <remarks>
    /// Concatenated rather than resolved as a relative URI, because <c>emails:send</c> would
    /// parse as a URI of scheme <c>emails</c>.
    /// </remarks>
    public Uri Resolve(string relative) => new(Endpoint.AbsoluteUri + relative, UriKind.Absolute);

    /// <summary>Returns whether <paramref name="uri"/> points at the configured resource.</summary>
    public bool IsOnEndpoint(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri
            && string.Equals(uri.Scheme, Endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, Endpoint.Authority, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Sends one request through the pipeline: <paramref name="jsonBody"/>, when given, as an
    /// <c>application/json</c> body, and <paramref name="headers"/> as they are. Returns the
    /// response, and throws <see cref="RequestFailedException"/> when its status is not
    /// <paramref name="expectedStatus"/> once the retries are spent.
    /// </summary>
    public async Task<Response> SendAsync(RequestMethod method, Uri uri, byte[]? jsonBody, IReadOnlyDictionary<string, string> headers, int expectedStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(headers);

        using var request = Pipeline.CreateRequest();
        request.Method = method;
        request.Uri.Reset(uri);
        foreach (var (name, value) in headers)
        {
            request.Headers.SetValue(name, value);
        }

        if (jsonBody is not null)
        {
            request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
            request.Content = RequestContent.Create(jsonBody);
        }

        // The pipeline buffers the response body, so it stays readable after the request is disposed.
        var response = await Pipeline.SendRequestAsync(request, cancellationToken);
        if (response.Status != expectedStatus)
        {
            throw new RequestFailedException(response);
        }

        return response;
    }

    /// <summary>
    /// Converts a delivery id (32 hexadecimal digits) to the GUID form the service expects of
    /// operation and repeatability ids.
    /// </summary>
    public static string OperationGuid(string deliveryId) =>
        Guid.TryParseExact(deliveryId, "N", out var guid)
            ? guid.ToString("D")
            : throw new ArgumentException($"The delivery id '{deliveryId}' is not 32 hexadecimal digits.", nameof(deliveryId));

    private static TokenCredential CreateCredential(DeliveryOptions settings) =>
        string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ManagedIdentityClientId));
}
