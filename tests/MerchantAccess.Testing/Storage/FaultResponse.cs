using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace MerchantAccess.Testing.Storage;

/// <summary>A storage error response made up on the client side, with no body.</summary>
internal sealed class FaultResponse(int status, string reasonPhrase, string clientRequestId) : Response
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x-ms-error-code"] = "ServerBusy",
        ["Content-Length"] = "0",
    };

    public override int Status => status;

    // The transport marks real responses; this one never passes through it.
    public override bool IsError => true;

    public override string ReasonPhrase => reasonPhrase;

    public override Stream? ContentStream { get; set; } = new MemoryStream();

    public override string ClientRequestId { get; set; } = clientRequestId;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(header => new HttpHeader(header.Key, header.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => _headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = _headers.TryGetValue(name, out var value) ? [value] : null;
        return values is not null;
    }
}
