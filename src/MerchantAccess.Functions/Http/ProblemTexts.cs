using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.Passwords;

namespace MerchantAccess.Functions.Http;

/// <summary>
/// The French and English texts of problem responses and field errors, as the front end shows
/// them to users.
/// </summary>
public static class ProblemTexts
{
    private static readonly Dictionary<FailureCode, (Text Title, Text Detail)> Problems = new()
    {
        [FailureCode.ValidationFailed] = (
            new("Requête invalide", "Invalid request"),
            new("Certaines valeurs envoyées ne sont pas valides ; corrigez les champs signalés.", "Some values sent are not valid; correct the fields listed.")),
        [FailureCode.InvalidCredentials] = (
            new("Identifiants de connexion inconnus", "Unknown connection identifiers"),
            new("L'identifiant ou le mot de passe est incorrect.", "The login or password is incorrect.")),
        [FailureCode.InvalidSecurityCode] = (
            new("Code de sécurité incorrect", "Incorrect security code"),
            new("Le code de sécurité de la société est incorrect. Essais restants : {0}.", "The company security code is incorrect. Attempts remaining: {0}.")),
        [FailureCode.InvalidChallenge] = (
            new("Étape de connexion expirée", "Sign-in step expired"),
            new("Cette étape de connexion n'est plus valide ; reprenez la connexion depuis le début.", "This sign-in step is no longer valid; start signing in again.")),
        [FailureCode.AccountLocked] = (
            new("Compte bloqué", "Account locked"),
            new("Votre accès est bloqué. Contactez le support marchands : {0}.", "Your access is locked. Contact merchant support: {0}.")),
        [FailureCode.AccountDisabled] = (
            new("Compte désactivé", "Account disabled"),
            new("Ce compte est désactivé. Contactez votre administrateur.", "This account is disabled. Contact your administrator.")),
        [FailureCode.PasswordPolicy] = (
            new("Mot de passe refusé", "Password rejected"),
            new("Le nouveau mot de passe ne respecte pas les règles : {0}", "The new password breaks these rules: {0}")),
        [FailureCode.NotFound] = (
            new("Introuvable", "Not found"),
            new("La ressource demandée n'existe pas.", "The requested resource does not exist.")),
        [FailureCode.Forbidden] = (
            new("Action non autorisée", "Action not allowed"),
            new("Vos droits ne permettent pas cette action.", "Your permissions do not allow this action.")),
        [FailureCode.Unauthorized] = (
            new("Authentification requise", "Authentication required"),
            new("Votre session a expiré ou n'est pas valide ; connectez-vous à nouveau.", "Your session has expired or is not valid; sign in again.")),
        [FailureCode.RateLimited] = (
            new("Trop de demandes", "Too many requests"),
            new("Trop de demandes ont été faites ; réessayez plus tard.", "Too many requests were made; try again later.")),
        [FailureCode.Conflict] = (
            new("Conflit", "Conflict"),
            new("La demande entre en conflit avec l'état actuel ; rechargez et réessayez.", "The request conflicts with the current state; reload and try again.")),
        [FailureCode.PayloadTooLarge] = (
            new("Requête trop volumineuse", "Request too large"),
            new("Le corps de la requête dépasse {0} octets.", "The request body exceeds {0} bytes.")),
        [FailureCode.UnsupportedMediaType] = (
            new("Format non pris en charge", "Unsupported format"),
            new("Envoyez le corps de la requête en JSON (Content-Type: application/json).", "Send the request body as JSON (Content-Type: application/json).")),
        [FailureCode.ServiceUnavailable] = (
            new("Service momentanément indisponible", "Service temporarily unavailable"),
            new("Le service ne peut pas traiter la demande pour le moment ; réessayez dans quelques instants.", "The service cannot handle the request right now; try again in a few moments.")),
        [FailureCode.SmsUnavailable] = (
            new("Envoi de SMS indisponible", "SMS sending unavailable"),
            new("L'envoi de SMS n'est pas encore configuré : communiquez le code de sécurité de la société à l'utilisateur par un autre moyen.", "SMS sending is not set up yet: give the user the company security code another way.")),
    };

    private static readonly Dictionary<ConflictReason, Text> Conflicts = new()
    {
        [ConflictReason.NotLocked] = new("Ce compte n'est pas bloqué : il n'y a rien à débloquer.", "This account is not locked, so there is nothing to unlock."),
        [ConflictReason.NotDisabled] = new("Ce compte n'est pas désactivé : il est déjà en service.", "This account is not disabled: it is already in service."),
        [ConflictReason.SupportAccount] = new("Un compte du support a déjà tous les droits, qui ne se modifient pas.", "A support account already has every permission, and they cannot be changed."),
    };

    private static readonly Dictionary<string, Text> FieldReasons = new(StringComparer.Ordinal)
    {
        ["required"] = new("Ce champ est obligatoire.", "This field is required."),
        ["tooShort"] = new("Ce champ doit contenir au moins {0} caractères.", "This field needs at least {0} characters."),
        ["tooLong"] = new("Ce champ ne peut pas dépasser {0} caractères.", "This field cannot exceed {0} characters."),
        ["invalidCharacters"] = new("Ce champ contient des caractères non autorisés.", "This field contains characters that are not allowed."),
        ["invalidFormat"] = new("Le format de ce champ n'est pas valide.", "This field does not have a valid format."),
        ["invalidType"] = new("Ce champ n'a pas le bon type de valeur.", "This field has the wrong type of value."),
        ["unknownMember"] = new("Ce champ n'est pas attendu.", "This field is not expected."),
        ["malformedJson"] = new("Le corps de la requête n'est pas un JSON valide.", "The request body is not valid JSON."),
        ["empty"] = new("Le corps de la requête est vide.", "The request body is empty."),
        ["invalidValue"] = new("Cette valeur n'est pas acceptée.", "This value is not accepted."),
        ["alreadyTaken"] = new("Cet identifiant est déjà utilisé.", "This login is already in use."),
        ["notFound"] = new("Cette valeur ne correspond à aucun élément existant.", "This value matches nothing that exists."),
        ["invalidPhoneNumber"] = new("Ce numéro de téléphone n'est pas valide.", "This phone number is not valid."),
        ["notMobile"] = new("Ce numéro n'est pas un numéro de mobile ; un SMS ne peut être envoyé qu'à un mobile.", "This is not a mobile number; an SMS can only be sent to a mobile phone."),
        ["ambiguousPhoneNumber"] = new(
            "Ce numéro est ambigu : saisissez un numéro français sous la forme 06 12 34 56 78, ou un numéro étranger avec son indicatif, par exemple +44 7911 123456.",
            "This number is ambiguous: type a French number as 06 12 34 56 78, or another country's number with its country code, for example +44 7911 123456."),
        ["noPhoneNumberOnRecord"] = new("Aucun numéro de mobile n'est enregistré pour cet utilisateur ; saisissez-en un.", "No mobile number is recorded for this user; type one."),
    };

    private static readonly Dictionary<PasswordRule, Text> Rules = new()
    {
        [PasswordRule.MinimumLength] = new("au moins 12 caractères", "at least 12 characters"),
        [PasswordRule.MaximumLength] = new("au plus 128 caractères", "at most 128 characters"),
        [PasswordRule.LettersAndDigits] = new("des lettres et des chiffres", "both letters and digits"),
        [PasswordRule.NotLogin] = new("différent de l'identifiant", "different from the login"),
        [PasswordRule.NotRecent] = new("différent des 4 derniers mots de passe", "different from the last 4 passwords"),
        [PasswordRule.NotTemporary] = new("différent du mot de passe temporaire", "different from the temporary password"),
    };

    public static string Title(FailureCode code, string language) => Problems[code].Title.In(language);

    public static string Detail(FailureCode code, string language) => Problems[code].Detail.In(language);

    /// <summary>The detail of a conflict whose reason is known.</summary>
    public static string Detail(ConflictReason reason, string language) => Conflicts[reason].In(language);

    public static string FieldMessage(FieldError error, string language)
    {
        ArgumentNullException.ThrowIfNull(error);

        var text = FieldReasons.TryGetValue(error.Reason, out var found) ? found : FieldReasons["invalidValue"];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, text.In(language), error.Limit);
    }

    public static string Rule(PasswordRule rule, string language) => Rules[rule].In(language);

    private sealed record Text(string French, string English)
    {
        public string In(string language) => language == Language.English ? English : French;
    }
}
