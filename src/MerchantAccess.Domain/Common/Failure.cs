using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Passwords;

namespace MerchantAccess.Domain.Common;

/// <summary>
/// An expected failure with the facts a caller may be shown. Only the members that apply to
/// <see cref="Code"/> are set.
/// </summary>
public sealed record Failure(FailureCode Code)
{
    public int? AttemptsRemaining { get; init; }

    public LockKind? LockKind { get; init; }

    public IReadOnlyList<PasswordRule> FailedPasswordRules { get; init; } = [];

    public IReadOnlyList<FieldError> FieldErrors { get; init; } = [];

    /// <summary>Time after which a rate-limited request may be tried again.</summary>
    public DateTimeOffset? RetryAfter { get; init; }

    /// <summary>What the request conflicts with, for <see cref="FailureCode.Conflict"/>; <c>null</c> when the state changed meanwhile.</summary>
    public ConflictReason? ConflictReason { get; init; }

    public static Failure Of(FailureCode code) => new(code);

    public static Failure Conflict(ConflictReason reason) => new(FailureCode.Conflict) { ConflictReason = reason };

    public static Failure Validation(params FieldError[] errors) =>
        new(FailureCode.ValidationFailed) { FieldErrors = errors };
}
