using MerchantAccess.Domain.Common;
using MerchantAccess.Functions.Http;

namespace MerchantAccess.Functions.Sessions;

/// <summary>Body of <c>POST /api/me/password</c>.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        FieldChecks.Required(errors, "currentPassword", CurrentPassword, 1024);
        if (string.IsNullOrEmpty(NewPassword))
        {
            errors.Add(new FieldError("newPassword", "required"));
        }

        return errors;
    }
}
