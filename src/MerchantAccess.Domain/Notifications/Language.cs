namespace MerchantAccess.Domain.Notifications;

/// <summary>The languages people read the platform in; French is the default.</summary>
public static class Language
{
    public const string French = "fr";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [French, English];

    /// <summary>Returns <c>en</c> for English, and French for anything else.</summary>
    public static string Resolve(string? language) =>
        string.Equals(language, English, StringComparison.OrdinalIgnoreCase) ? English : French;

    public static bool IsSupported(string? language) =>
        language is not null && Supported.Contains(language, StringComparer.Ordinal);
}
