using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Functions.Audit;
using MerchantAccess.Functions.Configuration;
using MerchantAccess.Functions.Delivery;
using MerchantAccess.Functions.Telemetry;
using MerchantAccess.Infrastructure.Queues;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.LocalHost;

namespace MerchantAccess.Deployment.Tests;

/// <summary>
/// The settings catalog lists every setting the code reads: each property of an options class
/// (found by its <c>SectionName</c>), each setting read by name, and each <c>%setting%</c> of a
/// function binding. A new option without a catalog entry fails here.
/// </summary>
public sealed class SettingsCatalogTests
{
    private static readonly Assembly[] AppAssemblies =
    [
        typeof(AccountPolicyOptions).Assembly,
        typeof(StorageOptions).Assembly,
        typeof(AppSettingsCatalog).Assembly,
        typeof(LocalFunctionsHost).Assembly,
    ];

    [Fact]
    public void Every_options_property_is_catalogued()
    {
        var bound = BoundOptionProperties().ToList();

        var missing = bound
            .Where(option => AppSettingsCatalog.Find(option.Name)?.BoundProperty != option.Property)
            .Select(option => $"{option.Name} ({option.Property.DeclaringType!.Name}.{option.Property.Name})")
            .ToList();

        Assert.True(bound.Count >= 15, $"Found only {bound.Count} options properties; the options classes were not discovered.");
        Assert.True(missing.Count == 0, "Options properties without a bound catalog entry: " + string.Join(", ", missing));
    }

    [Fact]
    public void Settings_read_by_name_are_catalogued()
    {
        string[] names =
        [
            StorageConnection.SettingName,
            DeliveryQueueOptions.QueueNameSetting,
            UnlockAuditFunction.ScheduleSetting,
            DeliverySweepFunction.ScheduleSetting,
            TelemetryServiceCollectionExtensions.ConnectionStringSetting,
            TelemetryServiceCollectionExtensions.AuthenticationSetting,
            AppSettingsCatalog.SiteNameSetting,
            LocalFunctionsHost.PortSetting,
            StorageInitializer.DemoDataPathSetting,
        ];

        var missing = names.Where(name => AppSettingsCatalog.Find(name) is null).ToList();

        Assert.True(missing.Count == 0, "Settings read by name without a catalog entry: " + string.Join(", ", missing));
    }

    [Fact]
    public void Binding_expressions_name_catalogued_settings()
    {
        var expressions = LocalFunctionsHost.Functions
            .SelectMany(function => new[] { function.QueueName, function.Schedule, function.Connection })
            .Where(value => value is not null)
            .SelectMany(value => System.Text.RegularExpressions.Regex.Matches(value!, "%([^%]+)%").Select(match => match.Groups[1].Value))
            .Concat(LocalFunctionsHost.Functions.Select(function => function.Connection).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var missing = expressions.Where(name => AppSettingsCatalog.Find(name) is null).ToList();

        Assert.Contains(UnlockAuditFunction.ScheduleSetting, expressions);
        Assert.True(missing.Count == 0, "Settings named by function bindings without a catalog entry: " + string.Join(", ", missing));
    }

    [Fact]
    public void Catalog_defaults_match_options_defaults()
    {
        var wrong = new List<string>();
        foreach (var setting in AppSettingsCatalog.All.Where(setting => setting.BoundProperty is not null))
        {
            var property = setting.BoundProperty!;
            var instance = Activator.CreateInstance(property.DeclaringType!);
            var actual = Format(property.GetValue(instance));

            // A setting without a default must not get one silently from its options class either.
            if ((setting.Default ?? "") != actual)
            {
                wrong.Add($"{setting.Name}: catalog says '{setting.Default}', {property.DeclaringType!.Name} has '{actual}'");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void Host_json_overrides_default_to_host_json()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(CompiledTemplate.RepositoryFile("host.json")))!;
        var overrides = AppSettingsCatalog.All.Where(setting => setting.Name.StartsWith("AzureFunctionsJobHost__", StringComparison.Ordinal)).ToList();

        var wrong = overrides
            .Select(setting => (setting, inFile: setting.Name["AzureFunctionsJobHost__".Length..].Split("__").Aggregate((JsonNode?)hostJson, (node, key) => node?[key])?.ToString()))
            .Where(pair => pair.setting.Default != pair.inFile)
            .Select(pair => $"{pair.setting.Name}: catalog says '{pair.setting.Default}', host.json has '{pair.inFile}'")
            .ToList();

        Assert.Equal(5, overrides.Count);
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void Catalog_names_are_unique()
    {
        var duplicates = AppSettingsCatalog.All
            .GroupBy(setting => setting.ConfigurationKey, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Catalog_entries_have_meaning()
    {
        var unexplained = AppSettingsCatalog.All.Where(setting => setting.Meaning.Length < 10).Select(setting => setting.Name).ToList();

        Assert.Empty(unexplained);
    }

    /// <summary>Every public settable property of every class that declares a <c>SectionName</c> constant.</summary>
    private static IEnumerable<(string Name, PropertyInfo Property)> BoundOptionProperties() =>
        from type in AppAssemblies.SelectMany(assembly => assembly.GetTypes())
        let section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
        where type.IsClass && section is { IsLiteral: true } && section.FieldType == typeof(string)
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.SetMethod is { IsPublic: true }
        select (AppSettingsCatalog.OptionName((string)section.GetRawConstantValue()!, property.Name), property);

    private static string Format(object? value) => value switch
    {
        null => "",
        TimeSpan time => time.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
