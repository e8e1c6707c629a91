namespace MerchantAccess.Functions.Configuration;

/// <summary>The process that reads a setting.</summary>
public enum SettingReader
{
    /// <summary>The app's own code, in the Functions worker and in the local host.</summary>
    App,

    /// <summary>The Azure Functions host (or Core Tools), not the app's code.</summary>
    FunctionsHost,

    /// <summary>Only the local host of local runs and tests.</summary>
    LocalHost,
}
