using MerchantAccess.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddMerchantAccessFunctions(builder.Configuration, AppContext.BaseDirectory);
builder.Build().Run();
