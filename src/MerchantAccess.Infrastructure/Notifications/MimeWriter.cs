using System.Globalization;
using System.Text;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Notifications;

namespace MerchantAccess.Infrastructure.Notifications;

/// <summary>
/// Writes an e-mail as an RFC 5322 message with a <c>multipart/alternative</c> body, the format of
/// <c>.eml</c> files that mail clients open. Header values are RFC 2047 encoded words, so no name
/// can add a header line.
/// </summary>
public static class MimeWriter
{
    private const string LineBreak = "\r\n";

    public static string Write(EmailMessage message, string fromAddress, string fromName, string messageId, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(message);

        var boundary = "=_merchantaccess_" + messageId;
        var builder = new StringBuilder();
        Header(builder, "From", $"{EncodeWord(fromName)} <{Address(fromAddress)}>");
        Header(builder, "To", $"{EncodeWord(message.ToName)} <{Address(message.ToAddress)}>");
        Header(builder, "Subject", EncodeWord(message.Subject));
        Header(builder, "Date", date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture));
        Header(builder, "Message-ID", $"<{messageId}@merchantaccess.local>");
        Header(builder, "MIME-Version", "1.0");
        Header(builder, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
        builder.Append(LineBreak);

        Part(builder, boundary, "text/plain; charset=utf-8", message.PlainText);
        Part(builder, boundary, "text/html; charset=utf-8", message.Html);
        builder.Append("--").Append(boundary).Append("--").Append(LineBreak);
        return builder.ToString();
    }

    /// <summary>Encodes a header value as a UTF-8 base64 encoded word, after removing control characters.</summary>
    public static string EncodeWord(string value) =>
        "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(TextSanitizer.SingleLine(value))) + "?=";

    private static string Address(string address)
    {
        if (address.Any(c => char.IsControl(c) || c is '<' or '>' or ',' or ';' || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException("An e-mail address contains characters that are not allowed in a header.", nameof(address));
        }

        return address;
    }

    private static void Header(StringBuilder builder, string name, string value) =>
        builder.Append(name).Append(": ").Append(value).Append(LineBreak);

    private static void Part(StringBuilder builder, string boundary, string contentType, string body)
    {
        builder.Append("--").Append(boundary).Append(LineBreak);
        Header(builder, "Content-Type", contentType);
        Header(builder, "Content-Transfer-Encoding", "8bit");
        builder.Append(LineBreak);

        // Bodies use CRLF line ends like the rest of the message, whatever the template wrote.
        builder.Append(body.ReplaceLineEndings(LineBreak));
        builder.Append(LineBreak);
    }
}
