using System.Text.Json.Nodes;
using MerchantAccess.Functions.Configuration;
using MerchantAccess.LocalHost.Configuration;
using Microsoft.Extensions.Configuration;

namespace MerchantAccess.Deployment.Tests;

/// <summary>
/// <c>local.settings.sample.json</c> lists every setting of a local run with a value that passes
/// validation, and both READMEs document every setting of the catalog.
/// </summary>
public sealed class SettingsDocumentationTests
{
    private static readonly string SamplePath = CompiledTemplate.RepositoryFile("local.settings.sample.json");

    [Fact]
    public void Sample_lists_every_local_setting()
    {
        var listed = SampleValues().Keys.ToHashSet(StringComparer.Ordinal);

        var missing = AppSettingsCatalog.All.Where(setting => setting.InLocalSample && !listed.Contains(setting.Name)).Select(setting => setting.Name).ToList();
        var unexpected = listed.Where(name => AppSettingsCatalog.Find(name) is not { InLocalSample: true }).ToList();

        Assert.True(missing.Count == 0, "Settings missing from local.settings.sample.json: " + string.Join(", ", missing));
        Assert.True(unexpected.Count == 0, "Settings in local.settings.sample.json that the catalog does not list for local runs: " + string.Join(", ", unexpected));
    }

    [Fact]
    public void Sample_settings_pass_validation()
    {
        var values = LocalSettingsFile.Read(SamplePath);

        // The sample's relative paths are taken from the repository root, where run.sh starts the host.
        values["MerchantAccess:DemoData:Path"] = CompiledTemplate.RepositoryFile(values["MerchantAccess:DemoData:Path"]!);
        var problems = AppSettingsValidator.Validate(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

        Assert.True(problems.Count == 0, string.Join('\n', problems.Select(problem => problem.Message)));
    }

    [Fact]
    public void Sample_keys_are_development_settings()
    {
        var values = SampleValues();

        Assert.Equal(DevelopmentSettings.EncryptionKey, values["MerchantAccess__Secrets__EncryptionKey"]);
        Assert.Equal(DevelopmentSettings.TokenSigningKey, values["MerchantAccess__Secrets__TokenSigningKey"]);
        Assert.Equal(DevelopmentSettings.StorageConnectionString, values["AzureWebJobsStorage"]);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("README.fr.md")]
    public void Readme_documents_every_setting(string readme)
    {
        var text = File.ReadAllText(CompiledTemplate.RepositoryFile(readme));

        var undocumented = AppSettingsCatalog.All
            .Where(setting => !text.Contains($"| `{setting.Name}` |", StringComparison.Ordinal))
            .Select(setting => setting.Name)
            .ToList();

        Assert.True(undocumented.Count == 0, $"Settings without a row in the configuration table of {readme}: " + string.Join(", ", undocumented));
    }

    private static Dictionary<string, string> SampleValues() =>
        JsonNode.Parse(File.ReadAllText(SamplePath))!["Values"]!.AsObject()
            .ToDictionary(pair => pair.Key, pair => pair.Value!.GetValue<string>(), StringComparer.Ordinal);
}
