using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Users;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.Users;

/// <summary><c>GET /api/users</c>: search users by part of login, name or e-mail, and by state.</summary>
public sealed class SearchUsersFunction(ApiHandler api, UserSearchService search)
{
    private static readonly Dictionary<string, AccountState> States = Enum.GetValues<AccountState>()
        .ToDictionary(UserResource.StateName, state => state, StringComparer.Ordinal);

    [Function(nameof(SearchUsers))]
    public Task<IActionResult> SearchUsers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "users")] HttpRequest request) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var query = ParseQuery(request.Query);
            if (!query.IsSuccess)
            {
                return api.Problems.For(request, query.Failure);
            }

            var page = await search.SearchAsync(actor, query.Value, request.HttpContext.RequestAborted);
            return api.Respond(request, page, found => new JsonResponseResult(
                new UserSearchResponse(found.Items.Select(user => UserSummary.From(user, found.CompanyNames)).ToList(), found.ContinuationToken),
                StatusCodes.Status200OK));
        });

    private static Result<UserSearchQuery> ParseQuery(IQueryCollection query)
    {
        var errors = new List<FieldError>();
        var text = query["query"].ToString();
        if (text.Length > UserSearchQuery.MaxTextLength)
        {
            errors.Add(new FieldError("query", "tooLong", UserSearchQuery.MaxTextLength));
        }

        AccountState? state = null;
        var stateText = query["state"].ToString();
        if (stateText.Length > 0)
        {
            if (States.TryGetValue(stateText, out var parsed))
            {
                state = parsed;
            }
            else
            {
                errors.Add(new FieldError("state", "invalidValue"));
            }
        }

        var paging = PagingQuery.Read(query, UserSearchQuery.DefaultPageSize, UserSearchQuery.MaxPageSize, errors);
        return errors.Count > 0
            ? new Failure(FailureCode.ValidationFailed) { FieldErrors = errors }
            : new UserSearchQuery(text.Length == 0 ? null : text, state, paging.ContinuationToken, paging.PageSize);
    }
}
