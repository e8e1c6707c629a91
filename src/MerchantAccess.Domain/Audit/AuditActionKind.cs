namespace MerchantAccess.Domain.Audit;

/// <summary>The changes an audit run makes to accounts.</summary>
public enum AuditActionKind
{
    /// <summary>A timed password lock whose end had passed was lifted.</summary>
    TimedLockEnded,

    /// <summary>A temporary password past its expiry lost its encrypted copy and was marked expired.</summary>
    TemporaryPasswordExpired,

    /// <summary>An account unused for the inactivity limit was disabled.</summary>
    AccountDisabled,
}
