using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Users;
using MerchantAccess.Functions.Http;

namespace MerchantAccess.Functions.Users;

/// <summary>Body of <c>POST /api/users</c>.</summary>
public sealed record CreateUserRequest(
    string? CompanyId,
    string? Login,
    string? Title,
    string? FirstName,
    string? LastName,
    string? Email,
    string? PhoneNumber,
    string? Language,
    string? TimeZone,
    IReadOnlyList<string>? Permissions,
    bool? ReadOnly)
{
    public IReadOnlyList<FieldError> Validate()
    {
        // Content rules live in the domain; here only presence and the permission names.
        var errors = new List<FieldError>();
        FieldChecks.Required(errors, "firstName", FirstName, 1024);
        FieldChecks.Required(errors, "lastName", LastName, 1024);
        FieldChecks.Required(errors, "email", Email, 1024);
        PermissionNames.Check(errors, Permissions);
        return errors;
    }

    public NewUser ToNewUser() => new(
        CompanyId,
        string.IsNullOrWhiteSpace(Login) ? null : Login,
        Title,
        FirstName!,
        LastName!,
        Email!,
        string.IsNullOrWhiteSpace(PhoneNumber) ? null : PhoneNumber,
        Language ?? "fr",
        TimeZone,
        PermissionNames.Parse(Permissions),
        ReadOnly ?? false);
}
