using System.Reflection;

namespace MerchantAccess.Functions.Configuration;

/// <summary>One setting the app or its hosts read: how it is named, whether it is needed, and where it comes from.</summary>
public sealed record AppSetting
{
    public AppSetting(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The app setting name in its environment variable form, with <c>__</c> between sections.</summary>
    public string Name { get; }

    /// <summary>The configuration key, with <c>:</c> between sections.</summary>
    public string ConfigurationKey => Name.Replace("__", ":", StringComparison.Ordinal);

    public SettingRequirement Requirement { get; init; } = SettingRequirement.Optional;

    /// <summary>The value used when the setting is absent, as written in configuration; <c>null</c> when there is none.</summary>
    public string? Default { get; init; }

    /// <summary>What the setting sets, in a sentence or two.</summary>
    public string Meaning { get; init; } = "";

    /// <summary>Whether the value is a key or contains one; the validator never shows a secret in its messages.</summary>
    public bool IsSecret { get; init; }

    public SettingReader ReadBy { get; init; } = SettingReader.App;

    public AzureSource InAzure { get; init; } = AzureSource.NotSet;

    /// <summary>Whether <c>local.settings.sample.json</c> lists the setting; settings that only make sense in Azure are left out.</summary>
    public bool InLocalSample { get; init; } = true;

    /// <summary>The type the value is converted to; values are checked against it before <see cref="Check"/>.</summary>
    public Type ValueType { get; init; } = typeof(string);

    /// <summary>The options property the setting binds to, or <c>null</c> for a setting read by name.</summary>
    public PropertyInfo? BoundProperty { get; init; }

    /// <summary>Further rules on a present value, beyond its <see cref="ValueType"/>.</summary>
    public SettingCheck? Check { get; init; }
}
