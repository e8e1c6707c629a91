using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Delivery;

namespace MerchantAccess.Domain.Notifications;

/// <summary>
/// Renders the e-mails sent to users, in the user's language. Every name, login and company name
/// goes through <see cref="TextSanitizer.SingleLine"/>, so none can add a line to the message.
/// </summary>
public static class EmailTemplates
{
    /// <summary>
    /// Renders the credentials e-mail: the login and the temporary password, never the company
    /// security code, which travels out of band. An account creation gets a welcome, every other
    /// <paramref name="origin"/> the wording of a reset.
    /// </summary>
    public static EmailMessage Credentials(UserAccount user, Company company, string temporaryPassword, ResetOrigin origin, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentException.ThrowIfNullOrEmpty(temporaryPassword);

        var fields = Fields.Of(user, company);
        var expiry = LocalTime.Format(expiresAt, user.TimeZone, fields.Language);
        var created = origin == ResetOrigin.AccountCreation;
        var (subject, text) = fields.Language == Language.English
            ? (created ? "Your Merchant Back Office account" : "Your new Merchant Back Office identifiers",
               CredentialsEnglish(fields, created, temporaryPassword, expiry))
            : (created ? "Votre compte Merchant Back Office" : "Vos nouveaux identifiants Merchant Back Office",
               CredentialsFrench(fields, created, temporaryPassword, expiry));

        return Build(user.Email, fields.Name, subject, text);
    }

    /// <summary>
    /// Renders the confirmation that the user's password changed, for one of
    /// <see cref="PasswordChangedReasons"/>; an unknown reason gets the wording of a change from
    /// the profile.
    /// </summary>
    public static EmailMessage PasswordChanged(UserAccount user, Company company, string? reason, DateTimeOffset changedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(company);

        var fields = Fields.Of(user, company);
        var when = LocalTime.Format(changedAt, user.TimeZone, fields.Language);
        var (subject, text) = fields.Language == Language.English
            ? PasswordChangedEnglish(fields, reason, when)
            : PasswordChangedFrench(fields, reason, when);

        return Build(user.Email, fields.Name, subject, text);
    }

    /// <summary>
    /// Renders the notice sent to <paramref name="formerEmail"/>, the address the account had
    /// before it changed. It does not give the new address, so a notice read by the wrong person
    /// reveals nothing.
    /// </summary>
    public static EmailMessage EmailChanged(UserAccount user, Company company, string formerEmail, DateTimeOffset changedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentException.ThrowIfNullOrWhiteSpace(formerEmail);

        var fields = Fields.Of(user, company);
        var when = LocalTime.Format(changedAt, user.TimeZone, fields.Language);
        var (subject, text) = fields.Language == Language.English
            ? ("The e-mail address of your Merchant Back Office account changed",
               $"""
               Hello {fields.Name},

               The e-mail address of your Merchant Back Office account ({fields.Company}, login {fields.Login}) was changed on {when}. Messages about your account now go to the new address, and this address receives no more.

               If you did not ask for this change, contact your administrator at once.
               """)
            : ("L'adresse e-mail de votre compte Merchant Back Office a changé",
               $"""
               Bonjour {fields.Name},

               L'adresse e-mail de votre compte Merchant Back Office ({fields.Company}, identifiant {fields.Login}) a été modifiée le {when}. Les messages concernant votre compte sont désormais envoyés à la nouvelle adresse, et cette adresse n'en recevra plus.

               Si vous n'êtes pas à l'origine de ce changement, contactez immédiatement votre administrateur.
               """);

        return Build(formerEmail, fields.Name, subject, text);
    }

    /// <summary>Builds the message with an HTML part made from the plain text.</summary>
    internal static EmailMessage Build(string toAddress, string toName, string subject, string text) =>
        new(toAddress, toName, subject, text, HtmlBody.FromText(text));

    private static string CredentialsFrench(Fields fields, bool created, string password, string expiry) =>
        $"""
        Bonjour {fields.Name},

        {(created
            ? $"Un compte Merchant Back Office a été créé pour vous ({fields.Company})."
            : $"Le mot de passe de votre compte Merchant Back Office ({fields.Company}) a été réinitialisé. Voici vos nouveaux identifiants.")}

        Identifiant : {fields.Login}
        Mot de passe temporaire : {password}

        Ce mot de passe temporaire expire le {expiry}.
        À la première connexion, saisissez aussi le code de sécurité de votre société : votre administrateur vous le communique, il n'est jamais envoyé par e-mail.
        Vous choisirez ensuite votre propre mot de passe.

        Si vous n'attendiez pas ce message, contactez votre administrateur.
        """;

    private static string CredentialsEnglish(Fields fields, bool created, string password, string expiry) =>
        $"""
        Hello {fields.Name},

        {(created
            ? $"A Merchant Back Office account has been created for you ({fields.Company})."
            : $"The password of your Merchant Back Office account ({fields.Company}) has been reset. Here are your new identifiers.")}

        Login: {fields.Login}
        Temporary password: {password}

        This temporary password expires on {expiry}.
        At your first sign-in, also enter your company security code: your administrator gives it to you; it is never sent by e-mail.
        You will then choose your own password.

        If you did not expect this message, contact your administrator.
        """;

    private static (string Subject, string Text) PasswordChangedFrench(Fields fields, string? reason, string when)
    {
        var (subject, fact) = reason switch
        {
            PasswordChangedReasons.FirstConnection => (
                "Votre première connexion au Merchant Back Office est terminée",
                $"Votre première connexion au Merchant Back Office ({fields.Company}) s'est terminée le {when} : le mot de passe que vous avez choisi est maintenant actif, et le mot de passe temporaire ne fonctionne plus."),
            PasswordChangedReasons.PasswordExpired => (
                "Votre mot de passe Merchant Back Office a été renouvelé",
                $"Votre mot de passe Merchant Back Office ({fields.Company}) avait expiré ; un nouveau mot de passe a été défini le {when}."),
            _ => (
                "Votre mot de passe Merchant Back Office a été modifié",
                $"Le mot de passe de votre compte Merchant Back Office ({fields.Company}) a été modifié le {when}."),
        };

        return (subject, $"""
            Bonjour {fields.Name},

            {fact}

            Identifiant : {fields.Login}

            Si vous n'êtes pas à l'origine de ce changement, contactez immédiatement votre administrateur.
            """);
    }

    private static (string Subject, string Text) PasswordChangedEnglish(Fields fields, string? reason, string when)
    {
        var (subject, fact) = reason switch
        {
            PasswordChangedReasons.FirstConnection => (
                "Your first Merchant Back Office sign-in is complete",
                $"Your first sign-in to the Merchant Back Office ({fields.Company}) was completed on {when}: the password you chose is now active, and the temporary password no longer works."),
            PasswordChangedReasons.PasswordExpired => (
                "Your Merchant Back Office password was renewed",
                $"Your Merchant Back Office password ({fields.Company}) had expired; a new password was set on {when}."),
            _ => (
                "Your Merchant Back Office password was changed",
                $"The password of your Merchant Back Office account ({fields.Company}) was changed on {when}."),
        };

        return (subject, $"""
            Hello {fields.Name},

            {fact}

            Login: {fields.Login}

            If you did not make this change, contact your administrator at once.
            """);
    }

    /// <summary>The user's facts as they may appear in a message: single-line and in the user's language.</summary>
    private sealed record Fields(string Language, string Name, string Company, string Login)
    {
        public static Fields Of(UserAccount user, Company company) => new(
            Notifications.Language.Resolve(user.Language),
            TextSanitizer.SingleLine(user.DisplayName),
            TextSanitizer.SingleLine(company.Name),
            TextSanitizer.SingleLine(user.Login));
    }
}
