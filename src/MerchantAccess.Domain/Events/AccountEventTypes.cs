namespace MerchantAccess.Domain.Events;

/// <summary>The <c>type</c> values of account events, in English camelCase.</summary>
public static class AccountEventTypes
{
    public const string UserCreated = "userCreated";
    public const string PasswordReset = "passwordReset";
    public const string CredentialsSent = "credentialsSent";
    public const string CredentialsDeliveryFailed = "credentialsDeliveryFailed";
    public const string SecurityCodeSmsRequested = "securityCodeSmsRequested";
    public const string SecurityCodeSmsSent = "securityCodeSmsSent";
    public const string SecurityCodeSmsDeliveryFailed = "securityCodeSmsDeliveryFailed";

    /// <summary>A password-changed or e-mail-changed notice was sent; the details name which.</summary>
    public const string NotificationSent = "notificationSent";
    public const string NotificationDeliveryFailed = "notificationDeliveryFailed";
    public const string SecurityCodeVerified = "securityCodeVerified";
    public const string SecurityCodeFailed = "securityCodeFailed";
    public const string AccountLocked = "accountLocked";
    public const string AccountUnlocked = "accountUnlocked";
    public const string PasswordChanged = "passwordChanged";
    public const string SignInSucceeded = "signInSucceeded";
    public const string SignInFailed = "signInFailed";
    public const string SignInRefused = "signInRefused";
    public const string SignedOut = "signedOut";
    public const string UserUpdated = "userUpdated";
    public const string EmailChanged = "emailChanged";
    public const string AccountDisabled = "accountDisabled";
    public const string AccountEnabled = "accountEnabled";
    public const string PermissionsChanged = "permissionsChanged";
    public const string SelfServiceResetRequested = "selfServiceResetRequested";
    public const string TemporaryPasswordExpired = "temporaryPasswordExpired";
}
