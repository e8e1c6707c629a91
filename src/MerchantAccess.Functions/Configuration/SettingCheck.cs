namespace MerchantAccess.Functions.Configuration;

/// <summary>
/// Checks the value of a setting. Returns <c>null</c> when the value is valid, or the rule it
/// breaks, worded to follow the setting name, such as "must be a whole number from 1 to 10".
/// </summary>
public delegate string? SettingCheck(string value);
