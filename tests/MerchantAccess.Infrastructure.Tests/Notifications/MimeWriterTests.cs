using MerchantAccess.Domain.Delivery;
using MerchantAccess.Infrastructure.Notifications;

namespace MerchantAccess.Infrastructure.Tests.Notifications;

public sealed class MimeWriterTests
{
    private static readonly DateTimeOffset Date = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Marc\r\nBcc: attacker@example.com")]
    [InlineData("Marc\nX-Injected: yes")]
    [InlineData("Marc\r\n\r\nforged body")]
    [InlineData("Marc\u0085\u2028Leroy")]
    public void Names_with_line_breaks_add_no_header(string name)
    {
        var message = new EmailMessage("marc.leroy@boulangerie-dupont.example", name, "Subject\r\nBcc: x@example.com", "Body", "<p>Body</p>");

        var eml = MimeWriter.Write(message, "no-reply@merchantaccess.local", name, "0123456789abcdef0123456789abcdef", Date);

        var headers = eml[..eml.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
        Assert.Equal(["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"], headers.Select(line => line.Split(':')[0]));
        Assert.DoesNotContain("Bcc", eml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("X-Injected", eml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("marc@example.com\r\nBcc: attacker@example.com")]
    [InlineData("marc@example.com, attacker@example.com")]
    [InlineData("Marc <marc@example.com>")]
    public void Address_with_header_characters_is_rejected(string address)
    {
        var message = new EmailMessage(address, "Marc", "Subject", "Body", "<p>Body</p>");

        Assert.Throws<ArgumentException>(() => MimeWriter.Write(message, "no-reply@merchantaccess.local", "Merchant Back Office", "0123456789abcdef0123456789abcdef", Date));
    }
}
