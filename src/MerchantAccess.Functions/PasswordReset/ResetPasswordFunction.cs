using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.PasswordReset;
using MerchantAccess.Functions.Http;
using MerchantAccess.Functions.Users;
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
            return api.Respond(request, issued, reset => new JsonResponseResult(
                new PasswordResetResponse(Message(reset, RequestLanguage.Of(request)), reset.CompanySecurityCode, UserResource.From(reset.User)),
                StatusCodes.Status200OK));
        });

    private static string Message(PasswordResetIssued reset, string language)
    {
        var name = TextSanitizer.SingleLine(reset.User.DisplayName);
        var login = TextSanitizer.SingleLine(reset.User.Login);
        return language == Language.English
            ? $"The password of {name} ({login}) has been reset. New identifiers are being sent to their e-mail address. At their first sign-in they will also need the company security code: {reset.CompanySecurityCode}."
            : $"Le mot de passe de {name} ({login}) a été réinitialisé. De nouveaux identifiants lui sont envoyés par e-mail. À sa première connexion, il lui faudra aussi le code de sécurité de la société : {reset.CompanySecurityCode}.";
    }
}
