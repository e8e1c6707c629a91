using MerchantAccess.Domain.Common;
using MerchantAccess.Functions.Http;

namespace MerchantAccess.Functions.FirstConnection;

/// <summary>Body of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginRequest(string? Login, string? Password)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        FieldChecks.Required(errors, "login", Login, 256);
        FieldChecks.Required(errors, "password", Password, 1024);
        return errors;
    }
}
