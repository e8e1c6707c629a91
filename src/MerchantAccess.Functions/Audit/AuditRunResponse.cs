using MerchantAccess.Domain.Audit;

namespace MerchantAccess.Functions.Audit;

/// <summary>Body of the 202 response to an on-demand audit: the report it wrote, and its counts.</summary>
public sealed record AuditRunResponse(string ReportId, int Revision, AuditPeriod Period, AuditCounts Counts)
{
    public static AuditRunResponse From(UnlockAuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        return new AuditRunResponse(report.Id, report.Revision, report.Period, report.Counts);
    }
}
