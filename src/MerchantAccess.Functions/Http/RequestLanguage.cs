using MerchantAccess.Domain.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;

namespace MerchantAccess.Functions.Http;

/// <summary>Picks the language of a response from <c>Accept-Language</c>: English when preferred, French otherwise.</summary>
public static class RequestLanguage
{
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> ranges;
        try
        {
            ranges = new RequestHeaders(request.Headers).AcceptLanguage;
        }
        catch (FormatException)
        {
            return Language.French;
        }

        foreach (var range in ranges.Where(range => range.Quality is null or > 0).OrderByDescending(range => range.Quality ?? 1))
        {
            var tag = range.Value.Value ?? "";
            if (tag.StartsWith(Language.English, StringComparison.OrdinalIgnoreCase))
            {
                return Language.English;
            }

            if (tag.StartsWith(Language.French, StringComparison.OrdinalIgnoreCase))
            {
                return Language.French;
            }
        }

        return Language.French;
    }
}
