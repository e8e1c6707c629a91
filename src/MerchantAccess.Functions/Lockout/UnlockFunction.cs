using MerchantAccess.Domain.Lockout;
using MerchantAccess.Functions.Http;
using MerchantAccess.Functions.PasswordReset;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.Lockout;

/// <summary><c>POST /api/users/{userId}/unlock</c>: merchant support lifts a lock, with a reason, and a new reset follows.</summary>
public sealed class UnlockFunction(ApiHandler api, UnlockService unlocks)
{
    [Function(nameof(UnlockUser))]
    public Task<IActionResult> UnlockUser(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "users/{userId}/unlock")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, actor => api.WithBodyAsync<UnlockRequest>(request, _ => [], async body =>
        {
            var unlocked = await unlocks.UnlockAsync(actor, userId, body.Reason, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, unlocked, issued => ResetResponses.Ok(request, issued, ResetResponses.Kind.Unlock));
        }));
}
