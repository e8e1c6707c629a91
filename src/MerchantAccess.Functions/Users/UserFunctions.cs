using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Users;
using MerchantAccess.Functions.Http;
using MerchantAccess.Functions.PasswordReset;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.Users;

/// <summary>User administration: create, view, edit, disable, enable, permissions and events.</summary>
public sealed class UserFunctions(ApiHandler api, UserAdministrationService users, AccountEventService events)
{
    [Function(nameof(CreateUser))]
    public Task<IActionResult> CreateUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "users")] HttpRequest request) =>
        api.RunAuthenticatedAsync(request, actor => api.WithBodyAsync<CreateUserRequest>(request, body => body.Validate(), async body =>
        {
            var created = await users.CreateAsync(actor, body.ToNewUser(), ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, created, issued =>
            {
                var result = new JsonResponseResult(UserResource.From(issued.User, issued.Company) with { CompanySecurityCode = issued.CompanySecurityCode }, StatusCodes.Status201Created);
                result.Headers["Location"] = $"{request.PathBase}{request.Path}/{issued.User.Id}";
                return result;
            });
        }));

    [Function(nameof(GetUser))]
    public Task<IActionResult> GetUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "users/{userId}")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var found = await users.GetAsync(actor, userId, request.HttpContext.RequestAborted);
            return api.Respond(request, found, snapshot => new JsonResponseResult(UserResource.From(snapshot.User, snapshot.Company), StatusCodes.Status200OK));
        });

    [Function(nameof(UpdateUser))]
    public Task<IActionResult> UpdateUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "users/{userId}")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, actor => api.WithBodyAsync<UpdateUserRequest>(request, _ => [], async body =>
        {
            var updated = await users.UpdateAsync(actor, userId, body.ToChanges(), ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, updated, snapshot => new JsonResponseResult(UserResource.From(snapshot.User, snapshot.Company), StatusCodes.Status200OK));
        }));

    [Function(nameof(DisableUser))]
    public Task<IActionResult> DisableUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "users/{userId}/disable")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var disabled = await users.DisableAsync(actor, userId, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, disabled, snapshot => new JsonResponseResult(UserResource.From(snapshot.User, snapshot.Company), StatusCodes.Status200OK));
        });

    [Function(nameof(EnableUser))]
    public Task<IActionResult> EnableUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "users/{userId}/enable")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var enabled = await users.EnableAsync(actor, userId, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, enabled, issued => ResetResponses.Ok(request, issued, ResetResponses.Kind.Enable));
        });

    [Function(nameof(SetPermissions))]
    public Task<IActionResult> SetPermissions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "users/{userId}/permissions")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, actor => api.WithBodyAsync<PermissionsRequest>(request, body => body.Validate(), async body =>
        {
            var updated = await users.SetPermissionsAsync(actor, userId, PermissionNames.Parse(body.Permissions), ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, updated, snapshot => new JsonResponseResult(UserResource.From(snapshot.User, snapshot.Company), StatusCodes.Status200OK));
        }));

    [Function(nameof(ListUserEvents))]
    public Task<IActionResult> ListUserEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "users/{userId}/events")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var errors = new List<FieldError>();
            var paging = PagingQuery.Read(request.Query, AccountEventService.DefaultPageSize, AccountEventService.MaxPageSize, errors);
            if (errors.Count > 0)
            {
                return api.Problems.For(request, new Failure(FailureCode.ValidationFailed) { FieldErrors = errors });
            }

            var page = await events.ListAsync(actor, userId, paging.ContinuationToken, paging.PageSize, request.HttpContext.RequestAborted);
            return api.Respond(request, page, found => new JsonResponseResult(
                new AccountEventPageResponse(found.Items.Select(AccountEventResource.From).ToList(), found.ContinuationToken),
                StatusCodes.Status200OK));
        });
}
