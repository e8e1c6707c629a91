namespace MerchantAccess.Web.Tests;

/// <summary>
/// Texts the tests look for, in French and English: those of the pages, and the problem titles and
/// messages the API returns in the language the page requests.
/// </summary>
public sealed record PageTexts
{
    /// <summary>The languages of the pages, as theory data.</summary>
    public static TheoryData<string> Languages => ["fr", "en"];

    public required string Language { get; init; }

    public required string SignInTitle { get; init; }

    public required string LoginLabel { get; init; }

    public required string PasswordLabel { get; init; }

    public required string SignInButton { get; init; }

    public required string ForgottenLink { get; init; }

    public required string ForgottenTitle { get; init; }

    public required string EmailLabel { get; init; }

    public required string UsersTitle { get; init; }

    public required string SearchLabel { get; init; }

    public required string SearchButton { get; init; }

    public required string ResultsTitle { get; init; }

    public required string ResetButton { get; init; }

    public required string DialogCancel { get; init; }

    public required string DialogConfirm { get; init; }

    public required string ResetTitle { get; init; }

    public required string CopyButton { get; init; }

    public required string Copied { get; init; }

    public required string SignOut { get; init; }

    public required string SignedOut { get; init; }

    public required string SecurityCodeTitle { get; init; }

    public required string SecurityCodeLabel { get; init; }

    public required string SecurityCodeButton { get; init; }

    public required Func<int, string> AttemptsRemaining { get; init; }

    public required string NewPasswordTitle { get; init; }

    public required string NewPasswordLabel { get; init; }

    public required string ConfirmationLabel { get; init; }

    public required string SavePasswordButton { get; init; }

    public required string RuleMet { get; init; }

    public required string RuleUnmet { get; init; }

    public required string RuleCheckedOnSubmit { get; init; }

    public required string AccountTitle { get; init; }

    public required string PasswordSet { get; init; }

    public required string LockedTitle { get; init; }

    public required string NextPage { get; init; }

    public required string PreviousPage { get; init; }

    public required Func<int, string> PageNumber { get; init; }

    public required string NoUserFound { get; init; }

    public required string StateLabel { get; init; }

    // Problem texts of the API.
    public required string UnknownCredentialsTitle { get; init; }

    public required string ValidationTitle { get; init; }

    public required string RequiredField { get; init; }

    public required string WrongCodeTitle { get; init; }

    public required Func<int, string> WrongCodeDetail { get; init; }

    public required string PolicyTitle { get; init; }

    public required string NotRecentRule { get; init; }

    public static PageTexts French { get; } = new()
    {
        Language = "fr",
        SignInTitle = "Connexion",
        LoginLabel = "Identifiant",
        PasswordLabel = "Mot de passe",
        SignInButton = "Se connecter",
        ForgottenLink = "Mot de passe oublié ou compte bloqué ?",
        ForgottenTitle = "Mot de passe oublié ou compte bloqué",
        EmailLabel = "Adresse e-mail",
        UsersTitle = "Utilisateurs",
        SearchLabel = "Rechercher",
        SearchButton = "Rechercher",
        ResultsTitle = "Résultats",
        ResetButton = "Réinitialiser le mot de passe",
        DialogCancel = "Annuler",
        DialogConfirm = "Réinitialiser",
        ResetTitle = "Mot de passe réinitialisé",
        CopyButton = "Copier le code",
        Copied = "Le code est copié dans le presse-papiers.",
        SignOut = "Se déconnecter",
        SignedOut = "Vous êtes déconnecté.",
        SecurityCodeTitle = "Code de sécurité de la société",
        SecurityCodeLabel = "Code de sécurité",
        SecurityCodeButton = "Valider le code",
        AttemptsRemaining = count => $"Essais restants : {count}",
        NewPasswordTitle = "Nouveau mot de passe",
        NewPasswordLabel = "Nouveau mot de passe",
        ConfirmationLabel = "Confirmez le nouveau mot de passe",
        SavePasswordButton = "Enregistrer le mot de passe",
        RuleMet = "(respectée)",
        RuleUnmet = "(non respectée)",
        RuleCheckedOnSubmit = "(vérifiée à l'envoi)",
        AccountTitle = "Mon compte",
        PasswordSet = "Votre nouveau mot de passe est enregistré et vous êtes connecté.",
        LockedTitle = "Compte bloqué",
        NextPage = "Page suivante",
        PreviousPage = "Page précédente",
        PageNumber = page => $"Page {page}",
        NoUserFound = "Aucun utilisateur ne correspond à la recherche.",
        StateLabel = "État",
        UnknownCredentialsTitle = "Identifiants de connexion inconnus",
        ValidationTitle = "Requête invalide",
        RequiredField = "Ce champ est obligatoire.",
        WrongCodeTitle = "Code de sécurité incorrect",
        WrongCodeDetail = remaining => $"Le code de sécurité de la société est incorrect. Essais restants : {remaining}.",
        PolicyTitle = "Mot de passe refusé",
        NotRecentRule = "différent des 4 derniers mots de passe",
    };

    public static PageTexts English { get; } = new()
    {
        Language = "en",
        SignInTitle = "Sign in",
        LoginLabel = "Login",
        PasswordLabel = "Password",
        SignInButton = "Sign in",
        ForgottenLink = "Forgotten password or locked account?",
        ForgottenTitle = "Forgotten password or locked account",
        EmailLabel = "E-mail address",
        UsersTitle = "Users",
        SearchLabel = "Search",
        SearchButton = "Search",
        ResultsTitle = "Results",
        ResetButton = "Reset the password",
        DialogCancel = "Cancel",
        DialogConfirm = "Reset",
        ResetTitle = "Password reset",
        CopyButton = "Copy the code",
        Copied = "The code is copied to the clipboard.",
        SignOut = "Sign out",
        SignedOut = "You are signed out.",
        SecurityCodeTitle = "Company security code",
        SecurityCodeLabel = "Security code",
        SecurityCodeButton = "Confirm the code",
        AttemptsRemaining = count => $"Attempts remaining: {count}",
        NewPasswordTitle = "New password",
        NewPasswordLabel = "New password",
        ConfirmationLabel = "Confirm the new password",
        SavePasswordButton = "Save the password",
        RuleMet = "(met)",
        RuleUnmet = "(not met)",
        RuleCheckedOnSubmit = "(checked when you submit)",
        AccountTitle = "My account",
        PasswordSet = "Your new password is saved and you are signed in.",
        LockedTitle = "Account locked",
        NextPage = "Next page",
        PreviousPage = "Previous page",
        PageNumber = page => $"Page {page}",
        NoUserFound = "No user matches the search.",
        StateLabel = "State",
        UnknownCredentialsTitle = "Unknown connection identifiers",
        ValidationTitle = "Invalid request",
        RequiredField = "This field is required.",
        WrongCodeTitle = "Incorrect security code",
        WrongCodeDetail = remaining => $"The company security code is incorrect. Attempts remaining: {remaining}.",
        PolicyTitle = "Password rejected",
        NotRecentRule = "different from the last 4 passwords",
    };

    public static PageTexts For(string language) => language switch
    {
        "fr" => French,
        "en" => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The pages exist in 'fr' and 'en'."),
    };
}
