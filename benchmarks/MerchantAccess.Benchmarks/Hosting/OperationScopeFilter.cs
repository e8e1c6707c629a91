using MerchantAccess.Testing.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace MerchantAccess.Benchmarks.Hosting;

/// <summary>
/// Puts a middleware in front of the host's pipeline that attributes the storage round trips of a
/// request to the operation named by its <see cref="BenchmarkHost.OperationHeader"/> header.
/// </summary>
internal sealed class OperationScopeFilter(StorageRoundTripCounter counter) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(BenchmarkHost.OperationHeader, out var operation) && operation.ToString() is { Length: > 0 } name)
            {
                using (counter.Enter(name))
                {
                    await nextMiddleware(context);
                }
            }
            else
            {
                await nextMiddleware(context);
            }
        });
        next(app);
    };
}
