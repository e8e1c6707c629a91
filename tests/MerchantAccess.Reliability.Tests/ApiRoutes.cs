using MerchantAccess.LocalHost;
using MerchantAccess.LocalHost.Catalog;
using MerchantAccess.Testing;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// Every HTTP route the local host serves, from the function catalog, with what the OpenAPI
/// document states of it: whether it needs a bearer token, and the members and types of its body.
/// A new function is covered by the hostile-input tests without a change to them.
/// </summary>
public sealed record ApiRoute(string Method, string Template, bool RequiresToken, IReadOnlyDictionary<string, string> BodyMembers)
{
    private static readonly Lazy<OpenApiDocument> Document = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Root, "docs", "openapi.yaml"));
        return new OpenApiStreamReader().Read(stream, out _);
    });

    public bool HasBody => BodyMembers.Count > 0;

    /// <summary>The path with <c>{userId}</c> replaced.</summary>
    public string PathFor(string userId) => "/api/" + Template.Replace("{userId}", userId, StringComparison.Ordinal);

    public override string ToString() => $"{Method.ToUpperInvariant()} /api/{Template}";

    public static IReadOnlyList<ApiRoute> All() =>
        LocalFunctionsHost.Functions
            .Where(function => function.Trigger == TriggerKind.Http)
            .SelectMany(function => function.HttpMethods.Select(method => Describe(method, function.Route!)))
            .ToList();

    private static ApiRoute Describe(string method, string template)
    {
        var path = Document.Value.Paths.TryGetValue("/api/" + template, out var item) ? item : null;
        var operation = path?.Operations.FirstOrDefault(pair => pair.Key.ToString().Equals(method, StringComparison.OrdinalIgnoreCase)).Value;
        Assert.True(operation is not null, $"{method.ToUpperInvariant()} /api/{template} is served but not described in docs/openapi.yaml.");

        var schema = operation.RequestBody?.Content.Values.FirstOrDefault()?.Schema;
        var members = schema?.Properties.ToDictionary(pair => pair.Key, pair => pair.Value.Type ?? "object") ?? [];
        var requiresToken = operation.Security.Count > 0;
        return new ApiRoute(method, template, requiresToken, members);
    }
}
