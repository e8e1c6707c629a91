namespace MerchantAccess.Functions.Configuration;

/// <summary>A setting that is missing or invalid, and what to do about it.</summary>
/// <param name="Setting">The app setting name, in its environment variable form.</param>
/// <param name="Message">A sentence naming the setting; it never contains the value of a secret.</param>
public sealed record SettingProblem(string Setting, string Message);
