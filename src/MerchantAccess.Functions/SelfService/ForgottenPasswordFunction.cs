using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.SelfService;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.SelfService;

/// <summary>
/// <c>POST /api/auth/forgotten-password</c>: a user who forgot their password or is locked out
/// asks for new identifiers with their login and e-mail address. The answer is 202 with the same
/// body whether or not they match an account.
/// </summary>
public sealed class ForgottenPasswordFunction(ApiHandler api, SelfServiceResetService selfService)
{
    [Function(nameof(ForgottenPassword))]
    public Task<IActionResult> ForgottenPassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/forgotten-password")] HttpRequest request) =>
        api.RunAsync(request, () => api.WithBodyAsync<ForgottenPasswordRequest>(request, body => body.Validate(), async body =>
        {
            await selfService.RequestAsync(body.Login!, body.Email!, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return new JsonResponseResult(new { message = Message(RequestLanguage.Of(request)) }, StatusCodes.Status202Accepted);
        }));

    private static string Message(string language) => language == Language.English
        ? "If these details match an account, new identifiers are on their way to its e-mail address. A locked account whose company security code was entered wrongly three times must be unlocked by merchant support."
        : "Si ces informations correspondent à un compte, de nouveaux identifiants sont envoyés à son adresse e-mail. Un compte bloqué après trois saisies erronées du code de sécurité de la société doit être débloqué par le support marchands.";
}
