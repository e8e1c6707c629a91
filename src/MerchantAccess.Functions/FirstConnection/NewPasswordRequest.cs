using MerchantAccess.Domain.Common;
using MerchantAccess.Functions.Http;

namespace MerchantAccess.Functions.FirstConnection;

/// <summary>Body of <c>POST /api/auth/new-password</c>.</summary>
public sealed record NewPasswordRequest(string? ChallengeToken, string? NewPassword)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        FieldChecks.Required(errors, "challengeToken", ChallengeToken, 4096);

        // The length rules of the password policy are reported as policy failures, by rule.
        if (string.IsNullOrEmpty(NewPassword))
        {
            errors.Add(new FieldError("newPassword", "required"));
        }

        return errors;
    }
}
