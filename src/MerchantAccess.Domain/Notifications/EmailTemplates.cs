using System.Text.Encodings.Web;
using System.Text.Unicode;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Delivery;

namespace MerchantAccess.Domain.Notifications;

/// <summary>Renders the e-mails sent to users, in the user's language.</summary>
public static class EmailTemplates
{
    /// <summary>
    /// Renders the credentials e-mail: the login and the temporary password, never the company
    /// security code, which travels out of band.
    /// </summary>
    public static EmailMessage Credentials(UserAccount user, Company company, string temporaryPassword, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(company);

        var language = Language.Resolve(user.Language);
        var name = TextSanitizer.SingleLine(user.DisplayName);
        var companyName = TextSanitizer.SingleLine(company.Name);
        var login = TextSanitizer.SingleLine(user.Login);
        var expiry = LocalTime.Format(expiresAt, user.TimeZone, language);

        var text = language == Language.English
            ? CredentialsEnglish(name, companyName, login, temporaryPassword, expiry)
            : CredentialsFrench(name, companyName, login, temporaryPassword, expiry);
        var subject = language == Language.English
            ? "Your new Merchant Back Office identifiers"
            : "Vos nouveaux identifiants Merchant Back Office";

        return new EmailMessage(user.Email, name, subject, text, ToHtml(text));
    }

    private static string CredentialsFrench(string name, string company, string login, string password, string expiry) =>
        $"""
        Bonjour {name},

        De nouveaux identifiants de connexion au Merchant Back Office ont été créés pour vous ({company}).

        Identifiant : {login}
        Mot de passe temporaire : {password}

        Ce mot de passe temporaire expire le {expiry}.
        À la première connexion, saisissez aussi le code de sécurité de votre société : votre administrateur vous le communique, il n'est jamais envoyé par e-mail.
        Vous choisirez ensuite votre propre mot de passe.

        Si vous n'êtes pas à l'origine de cette demande, contactez votre administrateur.
        """;

    private static string CredentialsEnglish(string name, string company, string login, string password, string expiry) =>
        $"""
        Hello {name},

        New Merchant Back Office identifiers have been created for you ({company}).

        Login: {login}
        Temporary password: {password}

        This temporary password expires on {expiry}.
        At your first sign-in, also enter your company security code: your administrator gives it to you; it is never sent by e-mail.
        You will then choose your own password.

        If you did not expect this message, contact your administrator.
        """;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Turns a plain-text body into the HTML part: one paragraph per blank-line-separated block, every character encoded.</summary>
    internal static string ToHtml(string text)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(paragraph => "<p>" + Html.Encode(paragraph).Replace("\n", "<br>\n", StringComparison.Ordinal) + "</p>");
        return "<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n" + string.Join("\n", paragraphs) + "\n</body></html>\n";
    }
}
