using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.PasswordReset;
using MerchantAccess.Functions.Http;
using MerchantAccess.Functions.Users;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.PasswordReset;

/// <summary>
/// The answer of every operation that starts a new first connection (reset, unlock, enabling):
/// a confirmation naming the user and the company security code to pass on.
/// </summary>
public static class ResetResponses
{
    /// <summary>What issued the new credentials, which the confirmation message names.</summary>
    public enum Kind
    {
        Reset,
        Unlock,
        Enable,
    }

    public static JsonResponseResult Ok(HttpRequest request, PasswordResetIssued issued, Kind kind)
    {
        ArgumentNullException.ThrowIfNull(issued);

        var message = Message(issued, kind, RequestLanguage.Of(request));
        return new JsonResponseResult(new PasswordResetResponse(message, issued.CompanySecurityCode, UserResource.From(issued.User, issued.Company)), StatusCodes.Status200OK);
    }

    private static string Message(PasswordResetIssued issued, Kind kind, string language)
    {
        var name = TextSanitizer.SingleLine(issued.User.DisplayName);
        var login = TextSanitizer.SingleLine(issued.User.Login);
        var code = issued.CompanySecurityCode;
        if (language == Language.English)
        {
            var done = kind switch
            {
                Kind.Unlock => $"The account of {name} ({login}) has been unlocked and its password reset.",
                Kind.Enable => $"The account of {name} ({login}) has been enabled again with a new password.",
                _ => $"The password of {name} ({login}) has been reset.",
            };
            return $"{done} New identifiers are being sent to their e-mail address. At their first sign-in they will also need the company security code: {code}.";
        }

        var fait = kind switch
        {
            Kind.Unlock => $"Le compte de {name} ({login}) a été débloqué et son mot de passe réinitialisé.",
            Kind.Enable => $"Le compte de {name} ({login}) a été réactivé avec un nouveau mot de passe.",
            _ => $"Le mot de passe de {name} ({login}) a été réinitialisé.",
        };
        return $"{fait} De nouveaux identifiants lui sont envoyés par e-mail. À sa première connexion, il lui faudra aussi le code de sécurité de la société : {code}.";
    }
}
