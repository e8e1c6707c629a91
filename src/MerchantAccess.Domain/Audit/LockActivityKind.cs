namespace MerchantAccess.Domain.Audit;

/// <summary>Whether a recorded lock event locked or unlocked the account.</summary>
public enum LockActivityKind
{
    Locked,
    Unlocked,
}
