namespace MerchantAccess.Domain.FirstConnection;

/// <summary>Where a sign-in stands after a successful step; the values are those of the HTTP contract.</summary>
public enum SignInStatus
{
    Authenticated,
    SecurityCodeRequired,
    PasswordChangeRequired,
}
