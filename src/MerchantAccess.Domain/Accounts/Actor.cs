namespace MerchantAccess.Domain.Accounts;

/// <summary>The signed-in user on whose behalf an operation runs.</summary>
public sealed record Actor(
    string UserId,
    string CompanyId,
    string Login,
    UserRole Role,
    UserPermissions Permissions,
    bool ReadOnly,
    string SessionId)
{
    public bool IsSupport => Role == UserRole.Support;

    /// <summary>
    /// Returns whether the actor may read users of <paramref name="companyId"/>: support anywhere,
    /// a user administrator in their own company.
    /// </summary>
    public bool CanViewUsersOf(string companyId) =>
        IsSupport || (Permissions.HasFlag(UserPermissions.ManageUsers) && CompanyId == companyId);

    /// <summary>Returns whether the actor may change users of <paramref name="companyId"/>.</summary>
    public bool CanManageUsersOf(string companyId) => !ReadOnly && CanViewUsersOf(companyId);
}
