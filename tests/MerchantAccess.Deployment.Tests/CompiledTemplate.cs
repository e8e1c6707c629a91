using System.Text.Json.Nodes;
using MerchantAccess.Testing;

namespace MerchantAccess.Deployment.Tests;

/// <summary>
/// The ARM JSON that <c>bicep build</c> makes of <c>infra/main.bicep</c>, compiled once per test
/// run, with helpers to reach the nested template of each module.
/// </summary>
public sealed class CompiledTemplate
{
    private static readonly Lazy<Task<CompiledTemplate>> Main = new(() => BuildAsync(Path.Combine("infra", "main.bicep")));

    private CompiledTemplate(JsonObject root, string diagnostics)
    {
        Root = root;
        Diagnostics = diagnostics;
    }

    public JsonObject Root { get; }

    /// <summary>What <c>bicep build</c> wrote to standard error: its warnings, empty when there are none.</summary>
    public string Diagnostics { get; }

    /// <summary>The app settings object that main.bicep passes to the function app module.</summary>
    public JsonObject AppSettings => Module("functionApp")["properties"]!["parameters"]!["appSettings"]!["value"]!.AsObject();

    /// <summary>Compiles <c>infra/main.bicep</c>, or returns the result of the first compilation.</summary>
    public static Task<CompiledTemplate> MainAsync() => Main.Value;

    /// <summary>The deployment resource of the module named <paramref name="name"/> in main.bicep.</summary>
    public JsonObject Module(string name) =>
        Resources(Root).SingleOrDefault(resource => resource["type"]?.GetValue<string>() == "Microsoft.Resources/deployments" && resource["name"]?.GetValue<string>() == name)
        ?? throw new InvalidOperationException($"main.bicep has no module named {name}.");

    /// <summary>The template of the module named <paramref name="name"/>.</summary>
    public JsonObject ModuleTemplate(string name) => Module(name)["properties"]!["template"]!.AsObject();

    /// <summary>The resources of <paramref name="type"/> that the module <paramref name="module"/> deploys, existing references left out.</summary>
    public IReadOnlyList<JsonObject> ModuleResources(string module, string type) =>
        Resources(ModuleTemplate(module))
            .Where(resource => resource["type"]?.GetValue<string>() == type && resource["existing"]?.GetValue<bool>() != true)
            .ToList();

    /// <summary>The resources of a template, whether it lists them (language version 1) or names them (language version 2).</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template)
    {
        ArgumentNullException.ThrowIfNull(template);

        return template["resources"] switch
        {
            JsonArray list => list.Select(node => node!.AsObject()),
            JsonObject named => named.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };
    }

    private static async Task<CompiledTemplate> BuildAsync(string file)
    {
        var result = await BicepCli.RunAsync("build", file, "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {file} failed: {result}");
        }

        var root = JsonNode.Parse(result.Output)?.AsObject()
            ?? throw new InvalidDataException($"bicep build {file} wrote no template.");
        return new CompiledTemplate(root, result.Error.Trim());
    }

    /// <summary>Path of a file of the repository, from its path relative to the root.</summary>
    public static string RepositoryFile(params string[] parts) => Path.Combine([RepositoryPaths.Root, .. parts]);
}
