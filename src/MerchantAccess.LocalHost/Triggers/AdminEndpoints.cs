namespace MerchantAccess.LocalHost.Triggers;

/// <summary>
/// <c>POST /admin/functions/{name}</c>, the Functions host's endpoint that runs a non-HTTP function
/// on demand. In Azure it needs the master key; the local host binds to 127.0.0.1 only and asks
/// for none. Here it waits for the run and answers 202 when it succeeded, 500 when it failed.
/// </summary>
public static class AdminEndpoints
{
    public static void Map(WebApplication app, IEnumerable<TimerTriggerScheduler> timers)
    {
        ArgumentNullException.ThrowIfNull(app);

        var byName = timers.ToDictionary(timer => timer.FunctionName, StringComparer.OrdinalIgnoreCase);
        app.MapPost("/admin/functions/{name}", async (string name, HttpContext context) =>
        {
            if (!byName.TryGetValue(name, out var timer))
            {
                return Results.NotFound();
            }

            var succeeded = await timer.RunNowAsync(context.RequestAborted);
            return succeeded ? Results.Accepted() : Results.StatusCode(StatusCodes.Status500InternalServerError);
        });
    }
}
