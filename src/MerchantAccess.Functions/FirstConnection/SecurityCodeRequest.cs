using MerchantAccess.Domain.Common;
using MerchantAccess.Functions.Http;

namespace MerchantAccess.Functions.FirstConnection;

/// <summary>Body of <c>POST /api/auth/security-code</c>.</summary>
public sealed record SecurityCodeRequest(string? ChallengeToken, string? SecurityCode)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        FieldChecks.Required(errors, "challengeToken", ChallengeToken, 4096);
        FieldChecks.Required(errors, "securityCode", SecurityCode, 64);
        return errors;
    }
}
