namespace MerchantAccess.Domain.Audit;

/// <summary>What started an audit run.</summary>
public enum AuditTrigger
{
    /// <summary>The daily timer, which reports on the previous UTC day.</summary>
    Schedule,

    /// <summary>A support agent over HTTP, which reports on the current UTC day up to now.</summary>
    OnDemand,
}
