using System.Text.Json.Nodes;
using MerchantAccess.Functions.Configuration;

namespace MerchantAccess.Deployment.Tests;

/// <summary>
/// The app settings of the compiled template and the settings catalog of the app agree: every
/// required setting is provided in Azure, every setting the template sets is one the app reads,
/// and secrets are Key Vault references.
/// </summary>
public sealed class AppSettingsTemplateTests
{
    [Fact]
    public async Task Required_settings_are_provided_in_azure()
    {
        var template = await CompiledTemplate.MainAsync();
        var provided = template.AppSettings.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

        var missing = AppSettingsCatalog.All
            .Where(setting => setting.Requirement == SettingRequirement.Required && setting.ReadBy != SettingReader.LocalHost)
            .Where(setting => !provided.Contains(setting.Name) && setting.InAzure != AzureSource.Platform)
            .Select(setting => setting.Name)
            .ToList();

        Assert.True(missing.Count == 0, "Required settings that infra/main.bicep does not set: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Template_sets_only_catalogued_settings()
    {
        var template = await CompiledTemplate.MainAsync();

        var unknown = template.AppSettings.Select(pair => pair.Key).Where(name => AppSettingsCatalog.Find(name) is null).ToList();

        Assert.True(unknown.Count == 0, "App settings in infra/main.bicep that the app does not read: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task Catalog_azure_sources_match_template()
    {
        var template = await CompiledTemplate.MainAsync();
        var provided = template.AppSettings.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

        var wrong = AppSettingsCatalog.All
            .Where(setting => (setting.InAzure == AzureSource.AppSetting) != provided.Contains(setting.Name))
            .Select(setting => $"{setting.Name} (catalog says {setting.InAzure})")
            .ToList();

        Assert.True(wrong.Count == 0, "Catalog entries whose Azure source disagrees with infra/main.bicep: " + string.Join(", ", wrong));
    }

    [Fact]
    public async Task Secret_settings_are_key_vault_references()
    {
        var template = await CompiledTemplate.MainAsync();

        var secrets = AppSettingsCatalog.All.Where(setting => setting.IsSecret && template.AppSettings.ContainsKey(setting.Name)).ToList();
        var plain = secrets
            .Where(setting => !template.AppSettings[setting.Name]!.GetValue<string>().Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal))
            .Select(setting => setting.Name)
            .ToList();

        Assert.NotEmpty(secrets);
        Assert.True(plain.Count == 0, "Secret settings that are not Key Vault references: " + string.Join(", ", plain));
    }

    [Theory]
    [InlineData("MerchantAccess__Delivery__Transport", "acs")]
    [InlineData("MerchantAccess__Delivery__AcsAuthentication", "managedIdentity")]
    [InlineData("AzureWebJobsStorage__credential", "managedidentity")]
    public async Task Template_setting_has_value(string name, string expected)
    {
        var template = await CompiledTemplate.MainAsync();

        var value = template.AppSettings[name]?.GetValue<string>();
        var problem = AppSettingsCatalog.Find(name)!.Check?.Invoke(expected);

        Assert.Equal(expected, value);
        Assert.Null(problem);
    }

    [Fact]
    public async Task Parameters_file_matches_template()
    {
        var template = await CompiledTemplate.MainAsync();
        var parameters = template.Root["parameters"]!.AsObject();
        var file = JsonNode.Parse(await File.ReadAllTextAsync(CompiledTemplate.RepositoryFile("infra", "main.parameters.json")))!;
        var given = file["parameters"]!.AsObject().Select(pair => pair.Key).ToList();

        var unknown = given.Where(name => !parameters.ContainsKey(name)).ToList();
        var notGiven = parameters.Where(pair => pair.Value!["defaultValue"] is null && !given.Contains(pair.Key)).Select(pair => pair.Key).ToList();

        Assert.True(unknown.Count == 0, "main.parameters.json sets parameters main.bicep does not declare: " + string.Join(", ", unknown));
        Assert.True(notGiven.Count == 0, "Parameters without a default that main.parameters.json does not set: " + string.Join(", ", notGiven));
    }
}
