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

    /// <summary>The SMS transport has no sender yet, so no SMS can be sent.</summary>
    SmsUnavailable,
}
