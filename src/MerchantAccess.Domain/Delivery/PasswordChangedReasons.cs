namespace MerchantAccess.Domain.Delivery;

/// <summary>The values of <see cref="DeliveryMessage.Reason"/> for <see cref="DeliveryKind.PasswordChanged"/>.</summary>
public static class PasswordChangedReasons
{
    /// <summary>The user completed the first connection after a reset or an account creation.</summary>
    public const string FirstConnection = "firstConnection";

    /// <summary>The user changed their own password from their profile.</summary>
    public const string PasswordChanged = "passwordChanged";

    /// <summary>The user replaced a password older than the maximum age at sign-in.</summary>
    public const string PasswordExpired = "passwordExpired";
}
