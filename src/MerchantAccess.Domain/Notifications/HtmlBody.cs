using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MerchantAccess.Domain.Notifications;

/// <summary>Builds the HTML part of an e-mail from its plain-text part.</summary>
internal static class HtmlBody
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Turns each paragraph (separated by a blank line) into a <c>p</c> element and each line
    /// break into a <c>br</c>. Every character of the text is HTML encoded, so a name can never add
    /// markup.
    /// </summary>
    public static string FromText(string text)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(paragraph => "<p>" + Html.Encode(paragraph).Replace("\n", "<br>\n", StringComparison.Ordinal) + "</p>");
        return "<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n" + string.Join("\n", paragraphs) + "\n</body></html>\n";
    }
}
