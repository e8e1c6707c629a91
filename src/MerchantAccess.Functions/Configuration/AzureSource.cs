namespace MerchantAccess.Functions.Configuration;

/// <summary>Where a setting gets its value in the Azure deployment of <c>infra/main.bicep</c>.</summary>
public enum AzureSource
{
    /// <summary>An app setting of the function app in the template.</summary>
    AppSetting,

    /// <summary>The platform, not an app setting: for example the runtime of a Flex Consumption app.</summary>
    Platform,

    /// <summary>Nothing: the default applies, or the setting only matters locally.</summary>
    NotSet,
}
