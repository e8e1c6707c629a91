namespace MerchantAccess.Functions.Configuration;

/// <summary>Whether the app can start without a setting.</summary>
public enum SettingRequirement
{
    /// <summary>The app does not start without a value.</summary>
    Required,

    /// <summary>A default applies, or the feature the setting configures stays off.</summary>
    Optional,

    /// <summary>Required only when another setting calls for it, as the setting's meaning describes.</summary>
    Conditional,
}
