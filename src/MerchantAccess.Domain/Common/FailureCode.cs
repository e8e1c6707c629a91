namespace MerchantAccess.Domain.Common;

/// <summary>
/// Expected reasons an operation does not succeed. Each maps to one problem <c>code</c> of the
/// HTTP contract; the mapping lives in the function app.
/// </summary>
public enum FailureCode
{
    ValidationFailed,
    InvalidCredentials,
    InvalidSecurityCode,
    InvalidChallenge,
    AccountLocked,
    AccountDisabled,
    PasswordPolicy,
    NotFound,
    Forbidden,
    Unauthorized,
    RateLimited,
    Conflict,
    PayloadTooLarge,
    UnsupportedMediaType,
    ServiceUnavailable,
}
