namespace MerchantAccess.Domain.Accounts;

/// <summary>Permissions a merchant user may hold within their company.</summary>
[Flags]
public enum UserPermissions
{
    None = 0,

    /// <summary>Makes the user a user administrator of their company.</summary>
    ManageUsers = 1,
}
