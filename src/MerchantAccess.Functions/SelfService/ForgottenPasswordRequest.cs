using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.SelfService;
using MerchantAccess.Functions.Http;

namespace MerchantAccess.Functions.SelfService;

/// <summary>Body of <c>POST /api/auth/forgotten-password</c>.</summary>
public sealed record ForgottenPasswordRequest(string? Login, string? Email)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        FieldChecks.Required(errors, "login", Login, SelfServiceResetService.MaxLoginLength);
        FieldChecks.Required(errors, "email", Email, SelfServiceResetService.MaxEmailLength);
        return errors;
    }
}
