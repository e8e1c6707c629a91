using MerchantAccess.Functions;
using MerchantAccess.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddMerchantAccessFunctions(builder.Configuration, AppContext.BaseDirectory);

// Telemetry runs in the worker only; the local host leaves it off.
builder.Services.AddMerchantAccessTelemetry(builder.Configuration);
builder.Build().Run();
