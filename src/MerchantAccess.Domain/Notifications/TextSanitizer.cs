using System.Text;

namespace MerchantAccess.Domain.Notifications;

/// <summary>
/// Makes user-supplied text (names, company names) safe to place in a message: control characters,
/// line breaks included, become spaces, so a name can never start a new header line or forge
/// lines of the body.
/// </summary>
public static class TextSanitizer
{
    public static string SingleLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
