namespace MerchantAccess.Domain.Audit;

/// <summary>What the audit flags for support to look at.</summary>
public enum AnomalyKind
{
    /// <summary>An unlock recorded without a reason.</summary>
    UnlockWithoutReason,

    /// <summary>A code lock lifted by someone without the support role; only support may lift it.</summary>
    CodeUnlockByNonSupport,

    /// <summary>A company with at least the configured number of locks in the period.</summary>
    UnusualLockCount,

    /// <summary>An account locked again within the configured window after an unlock.</summary>
    RelockedAfterUnlock,
}
