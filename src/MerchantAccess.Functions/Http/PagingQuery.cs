using System.Globalization;
using MerchantAccess.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.Http;

/// <summary>The <c>pageSize</c> and <c>continuationToken</c> query parameters of paged lists.</summary>
public sealed record PagingQuery(string? ContinuationToken, int PageSize)
{
    /// <summary>Reads both parameters; a page size outside 1 to <paramref name="maxPageSize"/> is a field error.</summary>
    public static PagingQuery Read(IQueryCollection query, int defaultPageSize, int maxPageSize, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);

        var pageSize = defaultPageSize;
        var pageSizeText = query["pageSize"].ToString();
        if (pageSizeText.Length > 0
            && (!int.TryParse(pageSizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > maxPageSize))
        {
            errors.Add(new FieldError("pageSize", "invalidValue"));
        }

        var continuation = query["continuationToken"].ToString();
        return new PagingQuery(continuation.Length == 0 ? null : continuation, pageSize);
    }
}
