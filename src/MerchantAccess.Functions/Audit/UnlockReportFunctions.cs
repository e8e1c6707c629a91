using MerchantAccess.Domain.Audit;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.Audit;

/// <summary>The unlock audit over HTTP, for merchant support: run it now, and read the latest report or a day's report.</summary>
public sealed class UnlockReportFunctions(ApiHandler api, UnlockAuditService audit)
{
    private const string LatestRoute = "audit/unlock-reports/latest";

    /// <summary>
    /// <c>POST /api/audit/unlock-reports</c>: runs the audit of the current UTC day up to now. It
    /// responds 202 once the report is stored. Its summary e-mail is then queued, not yet sent.
    /// </summary>
    [Function(nameof(RunUnlockAudit))]
    public Task<IActionResult> RunUnlockAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "audit/unlock-reports")] HttpRequest request) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var report = await audit.RunOnDemandAsync(actor, request.HttpContext.RequestAborted);
            return api.Respond(request, report, stored =>
            {
                var result = new JsonResponseResult(AuditRunResponse.From(stored), StatusCodes.Status202Accepted);
                result.Headers["Location"] = $"{request.PathBase}/api/{LatestRoute}";
                return result;
            });
        });

    /// <summary><c>GET /api/audit/unlock-reports/latest</c>: the report of the most recent period; 404 before the first run.</summary>
    [Function(nameof(GetLatestUnlockReport))]
    public Task<IActionResult> GetLatestUnlockReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LatestRoute)] HttpRequest request) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var latest = await audit.GetLatestAsync(actor, request.HttpContext.RequestAborted);
            return api.Respond(request, latest, report => new JsonResponseResult(report, StatusCodes.Status200OK));
        });

    /// <summary>
    /// <c>GET /api/audit/unlock-reports/{day}</c>: the report of one UTC day (yyyy-MM-dd); 404 for a
    /// day without a report. The literal route of the latest report takes precedence over this one.
    /// </summary>
    [Function(nameof(GetUnlockReport))]
    public Task<IActionResult> GetUnlockReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit/unlock-reports/{day}")] HttpRequest request,
        string day) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var report = await audit.GetAsync(actor, day, request.HttpContext.RequestAborted);
            return api.Respond(request, report, found => new JsonResponseResult(found, StatusCodes.Status200OK));
        });
}
