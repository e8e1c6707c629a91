using MerchantAccess.Domain.Common;
using MerchantAccess.Functions.Http;
using MerchantAccess.LocalHost.Catalog;
using MerchantAccess.LocalHost.Triggers;
using MerchantAccess.Testing;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>docs/openapi.yaml describes exactly the routes the function app serves.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly Lazy<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> Parsed = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Root, "docs", "openapi.yaml"));
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);
        return (document, diagnostic);
    });

    [Fact]
    public void Document_is_valid_openapi()
    {
        var (_, diagnostic) = Parsed.Value;

        Assert.Empty(diagnostic.Errors.Select(error => $"{error.Pointer}: {error.Message}"));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
    }

    [Fact]
    public void Document_lists_exactly_the_served_routes()
    {
        var (document, _) = Parsed.Value;
        var documented = document.Paths
            .SelectMany(path => path.Value.Operations.Select(operation => $"{operation.Key.ToString().ToUpperInvariant()} {path.Key} {operation.Value.OperationId}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var served = LocalFunctionsHost.Functions
            .Where(function => function.Trigger == TriggerKind.Http)
            .SelectMany(function => function.HttpMethods.Select(method => $"{method.ToUpperInvariant()} {HttpFunctionEndpoints.RoutePattern("api", function.Route!)} {function.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(served, documented);
    }

    [Fact]
    public void Document_lists_every_problem_code()
    {
        var (document, _) = Parsed.Value;
        var documented = document.Components.Schemas["Problem"].Properties["code"].Enum
            .Select(value => ((Microsoft.OpenApi.Any.OpenApiString)value).Value)
            .Order(StringComparer.Ordinal);
        var used = Enum.GetValues<FailureCode>().Select(code => ProblemCodes.Of(code).Code).Order(StringComparer.Ordinal);

        Assert.Equal(used, documented);
    }
}
