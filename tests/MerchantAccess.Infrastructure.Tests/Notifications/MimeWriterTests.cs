using MerchantAccess.Domain.Delivery;
using MerchantAccess.Infrastructure.Notifications;
using MerchantAccess.Testing;

namespace MerchantAccess.Infrastructure.Tests.Notifications;

public sealed class MimeWriterTests
{
    [Fact]
    public void Message_has_headers_and_both_parts()
    {
        var message = new EmailMessage("marc@example.com", "Marc Léroy", "Vos identifiants", "Ligne 1\nLigne 2", "<p>Ligne</p>");

        var raw = MimeWriter.Write(message, "no-reply@example.com", "Back Office", "abc", new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var path = Path.GetTempFileName();
        File.WriteAllText(path, raw);
        var parsed = OutboxEmail.Read(path);
        File.Delete(path);

        Assert.Equal("marc@example.com", parsed.To);
        Assert.Equal("Vos identifiants", parsed.Subject);
        Assert.Equal("Ligne 1\r\nLigne 2", parsed.PlainText);
        Assert.Contains("Content-Type: text/html; charset=utf-8", raw, StringComparison.Ordinal);
        Assert.Equal("Fri, 04 Dec 2026 09:00:00 +0000", parsed.Headers["Date"]);
    }

    [Fact]
    public void Line_breaks_in_names_cannot_add_headers()
    {
        var message = new EmailMessage("marc@example.com", "Marc\r\nBcc: victim@example.com", "Subject\r\nX-Evil: 1", "body", "<p>body</p>");

        var raw = MimeWriter.Write(message, "no-reply@example.com", "Back\nOffice", "abc", DateTimeOffset.UnixEpoch);
        var headerLines = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");

        Assert.DoesNotContain(headerLines, line => line.StartsWith("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(headerLines, line => line.StartsWith("X-Evil", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(7, headerLines.Length);
    }

    [Theory]
    [InlineData("marc@example.com\r\nBcc: x@example.com")]
    [InlineData("Marc <marc@example.com>")]
    [InlineData("a@example.com, b@example.com")]
    public void Unsafe_address_is_rejected(string address)
    {
        var message = new EmailMessage(address, "Marc", "s", "b", "h");

        Assert.Throws<ArgumentException>(() => MimeWriter.Write(message, "no-reply@example.com", "Back Office", "abc", DateTimeOffset.UnixEpoch));
    }
}
