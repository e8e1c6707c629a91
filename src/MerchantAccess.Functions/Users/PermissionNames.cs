using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;

namespace MerchantAccess.Functions.Users;

/// <summary>The API names of permissions: <c>manageUsers</c>.</summary>
public static class PermissionNames
{
    public const string ManageUsers = "manageUsers";

    public static void Check(List<FieldError> errors, IReadOnlyList<string>? names)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (names is not null && names.Any(name => name != ManageUsers))
        {
            errors.Add(new FieldError("permissions", "invalidValue"));
        }
    }

    public static UserPermissions Parse(IReadOnlyList<string>? names) =>
        names?.Contains(ManageUsers, StringComparer.Ordinal) == true ? UserPermissions.ManageUsers : UserPermissions.None;
}
