using MerchantAccess.Domain.PasswordReset;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.PasswordReset;

/// <summary>
/// <c>POST /api/users/{userId}/password-reset</c>: an administrator or support agent resets a
/// user's password. The answer gives the company security code to pass on to the user.
/// </summary>
public sealed class ResetPasswordFunction(ApiHandler api, PasswordResetService resets)
{
    [Function(nameof(ResetPassword))]
    public Task<IActionResult> ResetPassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "users/{userId}/password-reset")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var issued = await resets.ResetAsync(actor, userId, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, issued, reset => ResetResponses.Ok(request, reset, ResetResponses.Kind.Reset));
        });
}
