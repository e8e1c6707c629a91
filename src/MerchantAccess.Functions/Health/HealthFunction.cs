using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using MerchantAccess.Functions.Http;

namespace MerchantAccess.Functions.Health;

/// <summary><c>GET /api/health</c>: answers 200 while the app is up, for probes and scripts.</summary>
public sealed class HealthFunction(TimeProvider time)
{
    [Function(nameof(Health))]
    public IActionResult Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new JsonResponseResult(new { status = "healthy", time = time.GetUtcNow() }, StatusCodes.Status200OK);
}
