using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace MerchantAccess.LocalHost.Catalog;

/// <summary>
/// Resolves <c>%Name%</c> binding expressions from app settings, as the Functions host does for
/// queue names and schedules.
/// </summary>
public static partial class SettingExpressions
{
    /// <exception cref="InvalidOperationException">A named setting is not set.</exception>
    public static string Resolve(string value, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(configuration);

        return Expression().Replace(value, match =>
        {
            var name = match.Groups[1].Value;
            var setting = configuration[name] ?? configuration[name.Replace("__", ":", StringComparison.Ordinal)];
            return setting ?? throw new InvalidOperationException($"The app setting {name}, used as %{name}% by a function binding, is not set.");
        });
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Expression();
}
