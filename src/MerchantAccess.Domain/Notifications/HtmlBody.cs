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
        // Lines are encoded one by one: the encoder turns a line break into &#xA;, which HTML
        // renders as a space.
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(paragraph => "<p>" + string.Join("<br>\n", paragraph.Split('\n').Select(Html.Encode)) + "</p>");
        return "<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif\">\n" + string.Join("\n", paragraphs) + "\n</body></html>\n";
    }
}
