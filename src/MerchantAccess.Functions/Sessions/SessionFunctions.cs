using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Functions.Http;
using MerchantAccess.Functions.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.Sessions;

/// <summary>The signed-in user's own session: sign out, profile, password change.</summary>
public sealed class SessionFunctions(ApiHandler api, SessionService sessions, PasswordChangeService passwords)
{
    [Function(nameof(Logout))]
    public Task<IActionResult> Logout(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/logout")] HttpRequest request) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var signedOut = await sessions.SignOutAsync(actor, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, signedOut, _ => new NoContentResult());
        });

    [Function(nameof(GetProfile))]
    public Task<IActionResult> GetProfile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var profile = await sessions.GetProfileAsync(actor, request.HttpContext.RequestAborted);
            return api.Respond(request, profile, snapshot => new JsonResponseResult(UserResource.From(snapshot.User, snapshot.Company), StatusCodes.Status200OK));
        });

    [Function(nameof(ChangeOwnPassword))]
    public Task<IActionResult> ChangeOwnPassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/password")] HttpRequest request) =>
        api.RunAuthenticatedAsync(request, actor => api.WithBodyAsync<ChangePasswordRequest>(request, body => body.Validate(), async body =>
        {
            var changed = await passwords.ChangeAsync(actor, body.CurrentPassword!, body.NewPassword!, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, changed, _ => new NoContentResult());
        }));
}
