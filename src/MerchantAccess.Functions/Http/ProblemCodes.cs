using MerchantAccess.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.Http;

/// <summary>The HTTP status and the problem <c>code</c> of each failure: the one mapping of the API.</summary>
public static class ProblemCodes
{
    public static (int Status, string Code) Of(FailureCode failure) => failure switch
    {
        FailureCode.ValidationFailed => (StatusCodes.Status400BadRequest, "validation_failed"),
        FailureCode.InvalidCredentials => (StatusCodes.Status401Unauthorized, "invalid_credentials"),
        FailureCode.InvalidSecurityCode => (StatusCodes.Status400BadRequest, "invalid_security_code"),
        FailureCode.InvalidChallenge => (StatusCodes.Status401Unauthorized, "invalid_challenge"),
        FailureCode.AccountLocked => (StatusCodes.Status423Locked, "account_locked"),
        FailureCode.AccountDisabled => (StatusCodes.Status403Forbidden, "account_disabled"),
        FailureCode.PasswordPolicy => (StatusCodes.Status400BadRequest, "password_policy"),
        FailureCode.NotFound => (StatusCodes.Status404NotFound, "not_found"),
        FailureCode.Forbidden => (StatusCodes.Status403Forbidden, "forbidden"),
        FailureCode.Unauthorized => (StatusCodes.Status401Unauthorized, "unauthorized"),
        FailureCode.RateLimited => (StatusCodes.Status429TooManyRequests, "rate_limited"),
        FailureCode.Conflict => (StatusCodes.Status409Conflict, "conflict"),
        FailureCode.PayloadTooLarge => (StatusCodes.Status413PayloadTooLarge, "payload_too_large"),
        FailureCode.UnsupportedMediaType => (StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type"),
        FailureCode.ServiceUnavailable => (StatusCodes.Status503ServiceUnavailable, "service_unavailable"),
        FailureCode.SmsUnavailable => (StatusCodes.Status503ServiceUnavailable, "sms_unavailable"),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "A failure code has no HTTP mapping."),
    };
}
