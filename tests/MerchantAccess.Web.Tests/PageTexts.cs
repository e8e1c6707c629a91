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

    public required string CreateUserLink { get; init; }

    public required string FirstNameLabel { get; init; }

    public required string LastNameLabel { get; init; }

    public required string UserLoginLabel { get; init; }

    public required string PhoneLabel { get; init; }

    public required string LanguageLabel { get; init; }

    public required string ManageUsersLabel { get; init; }

    public required string CreateUserButton { get; init; }

    public required string CreatedTitle { get; init; }

    public required string BackToUser { get; init; }

    public required string UserDetailTitle { get; init; }

    public required string CompanyColumn { get; init; }

    public required string EditLink { get; init; }

    public required string EditTitle { get; init; }

    public required string SaveChangesButton { get; init; }

    public required string UserEditedEmail { get; init; }

    public required string DisableButton { get; init; }

    public required string Disabled { get; init; }

    public required string EnableButton { get; init; }

    public required string EnabledTitle { get; init; }

    public required string UnlockButton { get; init; }

    public required string UnlockReasonLabel { get; init; }

    public required string UnlockedTitle { get; init; }

    public required string EventsLink { get; init; }

    public required string CreateInCompanyLink { get; init; }

    public required string EventsTitle { get; init; }

    public required string SavePermissionsButton { get; init; }

    public required string PermissionGranted { get; init; }

    public required string NoAdministrationRights { get; init; }

    public required string ManageUsersRights { get; init; }

    public required string ManageUsersPermission { get; init; }

    public required string ChangePasswordLink { get; init; }

    public required string CurrentPasswordLabel { get; init; }

    public required string ChangePasswordButton { get; init; }

    public required string PasswordChanged { get; init; }

    public required string StateActive { get; init; }

    public required string StateResetPending { get; init; }

    public required string StateCodeLocked { get; init; }

    public required string StateDisabled { get; init; }

    public required string DeliverySent { get; init; }

    public required string EmailChannel { get; init; }

    public required string NoPhone { get; init; }

    public required string EventAccountLocked { get; init; }

    public required string EventSecurityCodeFailed { get; init; }

    public required string EventPasswordReset { get; init; }

    public required string EventAccountUnlocked { get; init; }

    public required string OutcomeSuccess { get; init; }

    public required string OutcomeFailure { get; init; }

    public required string ActorSelf { get; init; }

    public required string ActorAdministrator { get; init; }

    public required string ActorSupport { get; init; }

    public required string LockKindSecurityCode { get; init; }

    public required string ForgottenButton { get; init; }

    public required string ForgottenSentTitle { get; init; }

    public required string ForgottenSent { get; init; }

    public required string BackToSignIn { get; init; }

    public required string SignInRequired { get; init; }

    public required string SupportOnly { get; init; }

    public required string SmsPhoneLabel { get; init; }

    public required string SmsSaveLabel { get; init; }

    public required string SmsSendButton { get; init; }

    public required string SmsRetryAt { get; init; }

    public required string AuditLink { get; init; }

    public required string AuditTitle { get; init; }

    public required string AuditNone { get; init; }

    public required string AuditRunButton { get; init; }

    public required string AuditRan { get; init; }

    public required string AuditScheduled { get; init; }

    public required string AuditOnDemand { get; init; }

    public required string AuditPeriodEnded { get; init; }

    public required string AuditPeriodInProgress { get; init; }

    public required string AuditSecurityCodeLock { get; init; }

    public required string AuditLockEvent { get; init; }

    public required string AuditDayLabel { get; init; }

    public required string AuditShowDayButton { get; init; }

    public required string AuditDayRequired { get; init; }

    /// <summary>The text for a day without a report; {0} is the day, yyyy-MM-dd.</summary>
    public required string AuditNoneForDay { get; init; }

    // Problem texts of the API.
    public required string UnknownCredentialsTitle { get; init; }

    public required string ValidationTitle { get; init; }

    public required string RequiredField { get; init; }

    public required string WrongCodeTitle { get; init; }

    public required Func<int, string> WrongCodeDetail { get; init; }

    public required string PolicyTitle { get; init; }

    public required string NotRecentRule { get; init; }

    public required string ConflictTitle { get; init; }

    public required string LoginTaken { get; init; }

    public required string InvalidPhone { get; init; }

    public required string RateLimitedTitle { get; init; }

    public required string ForbiddenTitle { get; init; }

    public required string NotMobile { get; init; }

    public required string NoPhoneOnRecord { get; init; }

    public required Func<int, string> TooLong { get; init; }

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
        CreateUserLink = "Créer un utilisateur",
        FirstNameLabel = "Prénom",
        LastNameLabel = "Nom",
        UserLoginLabel = "Identifiant (facultatif)",
        PhoneLabel = "Numéro de mobile (facultatif)",
        LanguageLabel = "Langue des e-mails et SMS",
        ManageUsersLabel = "Gérer les utilisateurs",
        CreateUserButton = "Créer l'utilisateur",
        CreatedTitle = "Utilisateur créé",
        BackToUser = "Retour à la fiche de l'utilisateur",
        UserDetailTitle = "Fiche de l'utilisateur",
        CompanyColumn = "Société",
        EditLink = "Modifier",
        EditTitle = "Modifier l'utilisateur",
        SaveChangesButton = "Enregistrer les modifications",
        UserEditedEmail = "Les modifications sont enregistrées. L'ancienne adresse e-mail est prévenue du changement.",
        DisableButton = "Désactiver",
        Disabled = "Le compte est désactivé : l’utilisateur ne peut plus se connecter.",
        EnableButton = "Réactiver",
        EnabledTitle = "Compte réactivé",
        UnlockButton = "Débloquer",
        UnlockReasonLabel = "Motif du déblocage",
        UnlockedTitle = "Compte débloqué",
        EventsLink = "Événements du compte",
        CreateInCompanyLink = "Créer un utilisateur dans cette société",
        EventsTitle = "Événements du compte",
        SavePermissionsButton = "Enregistrer les droits",
        PermissionGranted = "Le droit de gérer les utilisateurs est accordé. L'utilisateur le voit à sa prochaine page.",
        NoAdministrationRights = "Aucun droit d'administration",
        ManageUsersRights = "Administrateur des utilisateurs de la société",
        ManageUsersPermission = "Gestion des utilisateurs",
        ChangePasswordLink = "Changer mon mot de passe",
        CurrentPasswordLabel = "Mot de passe actuel",
        ChangePasswordButton = "Changer le mot de passe",
        PasswordChanged = "Votre mot de passe est modifié et toutes vos sessions sont fermées. Connectez-vous avec le nouveau mot de passe.",
        StateActive = "Actif",
        StateResetPending = "Réinitialisation en cours",
        StateCodeLocked = "Bloqué (code de sécurité)",
        StateDisabled = "Désactivé",
        DeliverySent = "Envoyé",
        EmailChannel = "E-mail",
        NoPhone = "Aucun numéro enregistré",
        EventAccountLocked = "Compte bloqué",
        EventSecurityCodeFailed = "Code de sécurité erroné",
        EventPasswordReset = "Mot de passe réinitialisé",
        EventAccountUnlocked = "Compte débloqué",
        OutcomeSuccess = "Réussi",
        OutcomeFailure = "Échec",
        ActorSelf = "L'utilisateur",
        ActorAdministrator = "Un administrateur",
        ActorSupport = "Le support marchands",
        LockKindSecurityCode = "code de sécurité",
        UnknownCredentialsTitle = "Identifiants de connexion inconnus",
        ValidationTitle = "Requête invalide",
        RequiredField = "Ce champ est obligatoire.",
        WrongCodeTitle = "Code de sécurité incorrect",
        WrongCodeDetail = remaining => $"Le code de sécurité de la société est incorrect. Essais restants : {remaining}.",
        PolicyTitle = "Mot de passe refusé",
        NotRecentRule = "différent des 4 derniers mots de passe",
        ConflictTitle = "Conflit",
        LoginTaken = "Cet identifiant est déjà utilisé.",
        InvalidPhone = "Ce numéro de téléphone n'est pas valide.",
        ForgottenButton = "Recevoir de nouveaux identifiants",
        ForgottenSentTitle = "Demande enregistrée",
        ForgottenSent = "Si ces informations correspondent à un compte, de nouveaux identifiants sont envoyés à son adresse e-mail.",
        BackToSignIn = "Retour à la connexion",
        SignInRequired = "Connectez-vous pour accéder à cette page.",
        SupportOnly = "Cette page est réservée au support marchands.",
        SmsPhoneLabel = "Numéro de mobile",
        SmsSaveLabel = "Enregistrer ce numéro pour l'utilisateur",
        SmsSendButton = "Envoyer par SMS",
        SmsRetryAt = "Nouvel envoi possible à partir de",
        AuditLink = "Rapport d'audit",
        AuditTitle = "Rapport d'audit des déblocages",
        AuditNone = "Aucun rapport pour l'instant : l'audit n'a encore jamais tourné. Lancez-le maintenant ou attendez son passage quotidien.",
        AuditRunButton = "Lancer l'audit maintenant",
        AuditRan = "L'audit est terminé ; le rapport ci-dessous est à jour.",
        AuditScheduled = "Passage quotidien programmé",
        AuditOnDemand = "À la demande du support marchands",
        AuditPeriodEnded = "(terminée)",
        AuditPeriodInProgress = "(en cours)",
        AuditSecurityCodeLock = "Code de sécurité",
        AuditLockEvent = "Blocage (code de sécurité)",
        AuditDayLabel = "Rapport d'un autre jour",
        AuditShowDayButton = "Afficher le rapport de ce jour",
        AuditDayRequired = "Choisissez un jour.",
        AuditNoneForDay = "Aucun rapport pour le {0} : l'audit n'a pas tourné pour ce jour.",
        RateLimitedTitle = "Trop de demandes",
        ForbiddenTitle = "Action non autorisée",
        NotMobile = "Ce numéro n'est pas un numéro de mobile ; un SMS ne peut être envoyé qu'à un mobile.",
        NoPhoneOnRecord = "Aucun numéro de mobile n'est enregistré pour cet utilisateur ; saisissez-en un.",
        TooLong = length => $"Ce champ ne peut pas dépasser {length} caractères.",
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
        CreateUserLink = "Create a user",
        FirstNameLabel = "First name",
        LastNameLabel = "Last name",
        UserLoginLabel = "Login (optional)",
        PhoneLabel = "Mobile number (optional)",
        LanguageLabel = "Language of e-mails and SMS",
        ManageUsersLabel = "Manage users",
        CreateUserButton = "Create the user",
        CreatedTitle = "User created",
        BackToUser = "Back to the user's page",
        UserDetailTitle = "User details",
        CompanyColumn = "Company",
        EditLink = "Edit",
        EditTitle = "Edit the user",
        SaveChangesButton = "Save the changes",
        UserEditedEmail = "The changes are saved. The former e-mail address is told of the change.",
        DisableButton = "Disable",
        Disabled = "The account is disabled: the user can no longer sign in.",
        EnableButton = "Enable",
        EnabledTitle = "Account enabled",
        UnlockButton = "Unlock",
        UnlockReasonLabel = "Reason for unlocking",
        UnlockedTitle = "Account unlocked",
        EventsLink = "Account events",
        CreateInCompanyLink = "Create a user in this company",
        EventsTitle = "Account events",
        SavePermissionsButton = "Save the rights",
        PermissionGranted = "The right to manage users is granted. The user sees it on their next page.",
        NoAdministrationRights = "No administration rights",
        ManageUsersRights = "Administrator of the company's users",
        ManageUsersPermission = "Manage users",
        ChangePasswordLink = "Change my password",
        CurrentPasswordLabel = "Current password",
        ChangePasswordButton = "Change the password",
        PasswordChanged = "Your password is changed and all your sessions have ended. Sign in with the new password.",
        StateActive = "Active",
        StateResetPending = "Reset pending",
        StateCodeLocked = "Locked (security code)",
        StateDisabled = "Disabled",
        DeliverySent = "Sent",
        EmailChannel = "E-mail",
        NoPhone = "No number recorded",
        EventAccountLocked = "Account locked",
        EventSecurityCodeFailed = "Wrong security code",
        EventPasswordReset = "Password reset",
        EventAccountUnlocked = "Account unlocked",
        OutcomeSuccess = "Succeeded",
        OutcomeFailure = "Failed",
        ActorSelf = "The user",
        ActorAdministrator = "An administrator",
        ActorSupport = "Merchant support",
        LockKindSecurityCode = "security code",
        UnknownCredentialsTitle = "Unknown connection identifiers",
        ValidationTitle = "Invalid request",
        RequiredField = "This field is required.",
        WrongCodeTitle = "Incorrect security code",
        WrongCodeDetail = remaining => $"The company security code is incorrect. Attempts remaining: {remaining}.",
        PolicyTitle = "Password rejected",
        NotRecentRule = "different from the last 4 passwords",
        ConflictTitle = "Conflict",
        LoginTaken = "This login is already in use.",
        InvalidPhone = "This phone number is not valid.",
        ForgottenButton = "Get new identifiers",
        ForgottenSentTitle = "Request received",
        ForgottenSent = "If these details match an account, new identifiers are on their way to its e-mail address.",
        BackToSignIn = "Back to sign-in",
        SignInRequired = "Sign in to open this page.",
        SupportOnly = "This page is for merchant support only.",
        SmsPhoneLabel = "Mobile number",
        SmsSaveLabel = "Save this number for the user",
        SmsSendButton = "Send by SMS",
        SmsRetryAt = "A new SMS is allowed from",
        AuditLink = "Audit report",
        AuditTitle = "Unlock audit report",
        AuditNone = "No report yet: the audit has never run. Run it now or wait for its daily run.",
        AuditRunButton = "Run the audit now",
        AuditRan = "The audit has finished; the report below is up to date.",
        AuditScheduled = "The daily schedule",
        AuditOnDemand = "A request of merchant support",
        AuditPeriodEnded = "(ended)",
        AuditPeriodInProgress = "(in progress)",
        AuditSecurityCodeLock = "Security code",
        AuditLockEvent = "Lock (security code)",
        AuditDayLabel = "Report of another day",
        AuditShowDayButton = "Show that day's report",
        AuditDayRequired = "Choose a day.",
        AuditNoneForDay = "No report for {0}: the audit did not run for that day.",
        RateLimitedTitle = "Too many requests",
        ForbiddenTitle = "Action not allowed",
        NotMobile = "This is not a mobile number; an SMS can only be sent to a mobile phone.",
        NoPhoneOnRecord = "No mobile number is recorded for this user; type one.",
        TooLong = length => $"This field cannot exceed {length} characters.",
    };

    public static PageTexts For(string language) => language switch
    {
        "fr" => French,
        "en" => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The pages exist in 'fr' and 'en'."),
    };
}
