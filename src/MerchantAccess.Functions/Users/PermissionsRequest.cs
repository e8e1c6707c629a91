using MerchantAccess.Domain.Common;

namespace MerchantAccess.Functions.Users;

/// <summary>Body of <c>PUT /api/users/{userId}/permissions</c>: the complete set the user should hold.</summary>
public sealed record PermissionsRequest(IReadOnlyList<string>? Permissions)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Permissions is null)
        {
            errors.Add(new FieldError("permissions", "required"));
        }

        PermissionNames.Check(errors, Permissions);
        return errors;
    }
}
