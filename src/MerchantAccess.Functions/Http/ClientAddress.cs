using MerchantAccess.Domain.Accounts;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.Http;

/// <summary>Finds the address of the caller, for account events and rate limits.</summary>
public static class ClientAddress
{
    /// <summary>
    /// Returns the last address of <c>X-Forwarded-For</c>, the one added by the platform's front
    /// end in Azure (earlier entries are whatever the client sent), or else the connection's peer.
    /// </summary>
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var forwarded = request.Headers["X-Forwarded-For"].ToString();
        if (!string.IsNullOrWhiteSpace(forwarded))
        {
            var last = forwarded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
            if (last is { Length: <= 64 })
            {
                return last;
            }
        }

        return request.HttpContext.Connection.RemoteIpAddress?.ToString();
    }

    public static RequestOrigin OriginOf(HttpRequest request) => new(Of(request));
}
