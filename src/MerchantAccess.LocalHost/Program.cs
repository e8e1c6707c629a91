using MerchantAccess.LocalHost;

var app = LocalFunctionsHost.Build(args);
await app.RunAsync();
