using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Notifications;

namespace MerchantAccess.Domain.Tests.Notifications;

public sealed class EmailTemplatesTests
{
    private static readonly Company Company = new()
    {
        Id = "c",
        Name = "Boulangerie Dupont",
        ProtectedSecurityCode = "v1.x.y",
        CreatedAt = TestAccounts.Now,
    };

    [Theory]
    [InlineData("fr", "Mot de passe temporaire : Tmp2026abcdXY", "Vos nouveaux identifiants")]
    [InlineData("en", "Temporary password: Tmp2026abcdXY", "Your new Merchant Back Office identifiers")]
    public void Credentials_email_is_in_user_language(string language, string passwordLine, string subject)
    {
        var user = TestAccounts.Active() with { Language = language };

        var email = EmailTemplates.Credentials(user, Company, "Tmp2026abcdXY", TestAccounts.Now.AddDays(1));

        Assert.Contains(passwordLine, email.PlainText, StringComparison.Ordinal);
        Assert.StartsWith(subject, email.Subject, StringComparison.Ordinal);
        Assert.Contains("marc.leroy", email.PlainText, StringComparison.Ordinal);
        Assert.Contains("Boulangerie Dupont", email.PlainText, StringComparison.Ordinal);
        Assert.Contains("Tmp2026abcdXY", email.Html, StringComparison.Ordinal);
        Assert.Equal("marc.leroy@example.com", email.ToAddress);
    }

    [Fact]
    public void Expiry_is_shown_in_user_time_zone()
    {
        var user = TestAccounts.Active() with { TimeZone = "Europe/Paris" };

        var email = EmailTemplates.Credentials(user, Company, "Tmp2026abcdXY", new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.Contains("5 décembre 2026 à 10:00 (Europe/Paris)", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_names_cannot_add_lines()
    {
        var user = TestAccounts.Active() with { FirstName = "Marc\r\nBcc: victim@example.com", LastName = "Leroy\u0007" };
        var company = Company with { Name = "Dupont\nSubject: forged" };

        var email = EmailTemplates.Credentials(user, company, "Tmp2026abcdXY", TestAccounts.Now);

        Assert.DoesNotContain("\nBcc:", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("\nSubject:", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', email.PlainText);
        Assert.DoesNotContain('\r', email.ToName);
        Assert.DoesNotContain('\n', email.ToName);
    }

    [Fact]
    public void Html_body_escapes_markup_in_names()
    {
        var user = TestAccounts.Active() with { FirstName = "<script>alert(1)</script>" };

        var email = EmailTemplates.Credentials(user, Company, "Tmp2026abcdXY", TestAccounts.Now);

        Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", email.Html, StringComparison.Ordinal);
    }
}
