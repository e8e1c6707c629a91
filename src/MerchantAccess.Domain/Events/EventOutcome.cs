namespace MerchantAccess.Domain.Events;

/// <summary>How the recorded action ended.</summary>
public enum EventOutcome
{
    Success,
    Failure,

    /// <summary>The attempt was refused without being evaluated, for example on a locked account.</summary>
    Refused,
}
