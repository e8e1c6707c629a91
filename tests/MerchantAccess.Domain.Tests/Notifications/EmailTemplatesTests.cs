using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Notifications;
using static MerchantAccess.Domain.Tests.TestAccounts;

namespace MerchantAccess.Domain.Tests.Notifications;

public sealed class EmailTemplatesTests
{
    [Theory]
    [InlineData("fr", ResetOrigin.Administrator, "Vos nouveaux identifiants Merchant Back Office", "a été réinitialisé", "Mot de passe temporaire : Tmp4Kq9Zx2Wm")]
    [InlineData("fr", ResetOrigin.AccountCreation, "Votre compte Merchant Back Office", "Un compte Merchant Back Office a été créé pour vous", "Mot de passe temporaire : Tmp4Kq9Zx2Wm")]
    [InlineData("en", ResetOrigin.SelfService, "Your new Merchant Back Office identifiers", "has been reset", "Temporary password: Tmp4Kq9Zx2Wm")]
    [InlineData("en", ResetOrigin.AccountCreation, "Your Merchant Back Office account", "A Merchant Back Office account has been created for you", "Temporary password: Tmp4Kq9Zx2Wm")]
    public void Credentials_wording_follows_language_and_origin(string language, ResetOrigin origin, string subject, string intro, string passwordLine)
    {
        var email = EmailTemplates.Credentials(User(language), Company(), "Tmp4Kq9Zx2Wm", origin, Now.AddDays(1));

        Assert.Equal(subject, email.Subject);
        Assert.Contains(intro, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(passwordLine, email.PlainText, StringComparison.Ordinal);
        Assert.Contains("Boulangerie Dupont", email.PlainText, StringComparison.Ordinal);
        Assert.Contains("Marc Leroy", email.PlainText, StringComparison.Ordinal);
        Assert.Equal("marc.leroy@boulangerie-dupont.example", email.ToAddress);
    }

    [Fact]
    public void Credentials_expiry_is_in_user_time_zone()
    {
        var french = EmailTemplates.Credentials(User("fr"), Company(), "Tmp4Kq9Zx2Wm", ResetOrigin.Administrator, Now.AddDays(1));
        var english = EmailTemplates.Credentials(User("en"), Company(), "Tmp4Kq9Zx2Wm", ResetOrigin.Administrator, Now.AddDays(1));

        Assert.Contains("15 mars 2026 à 10:30 (Europe/Paris)", french.PlainText, StringComparison.Ordinal);
        Assert.Contains("15 March 2026 at 10:30 (Europe/Paris)", english.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_never_mention_the_security_code_value()
    {
        var email = EmailTemplates.Credentials(User(), Company(), "Tmp4Kq9Zx2Wm", ResetOrigin.Administrator, Now);

        Assert.Contains("il n'est jamais envoyé par e-mail", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("BD7429QM", email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", PasswordChangedReasons.FirstConnection, "Votre première connexion au Merchant Back Office est terminée", "le mot de passe temporaire ne fonctionne plus")]
    [InlineData("fr", PasswordChangedReasons.PasswordChanged, "Votre mot de passe Merchant Back Office a été modifié", "a été modifié le 14 mars 2026 à 10:30")]
    [InlineData("fr", PasswordChangedReasons.PasswordExpired, "Votre mot de passe Merchant Back Office a été renouvelé", "avait expiré")]
    [InlineData("fr", null, "Votre mot de passe Merchant Back Office a été modifié", "contactez immédiatement votre administrateur")]
    [InlineData("en", PasswordChangedReasons.FirstConnection, "Your first Merchant Back Office sign-in is complete", "the temporary password no longer works")]
    [InlineData("en", PasswordChangedReasons.PasswordChanged, "Your Merchant Back Office password was changed", "was changed on 14 March 2026 at 10:30")]
    [InlineData("en", PasswordChangedReasons.PasswordExpired, "Your Merchant Back Office password was renewed", "had expired")]
    [InlineData("en", "somethingElse", "Your Merchant Back Office password was changed", "contact your administrator at once")]
    public void Password_changed_wording_follows_language_and_reason(string language, string? reason, string subject, string sentence)
    {
        var email = EmailTemplates.PasswordChanged(User(language), Company(), reason, Now);

        Assert.Equal(subject, email.Subject);
        Assert.Contains(sentence, email.PlainText, StringComparison.Ordinal);
        Assert.Contains("marc.leroy", email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "L'adresse e-mail de votre compte Merchant Back Office a changé", "a été modifiée le 14 mars 2026")]
    [InlineData("en", "The e-mail address of your Merchant Back Office account changed", "was changed on 14 March 2026")]
    public void Email_changed_goes_to_former_address(string language, string subject, string sentence)
    {
        var user = User(language) with { Email = "new.address@boulangerie-dupont.example" };

        var email = EmailTemplates.EmailChanged(user, Company(), "marc.leroy@old.example", Now);

        Assert.Equal("marc.leroy@old.example", email.ToAddress);
        Assert.Equal(subject, email.Subject);
        Assert.Contains(sentence, email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("new.address", email.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Marc\r\nBcc: attacker@example.com")]
    [InlineData("Marc\nSubject: urgent")]
    [InlineData("Marc\u0000\u001b[31m")]
    [InlineData("Marc\u2028Leroy\u0085")]
    public void Control_characters_in_names_stay_on_one_line(string firstName)
    {
        var user = User(firstName: firstName, login: "marc\r\nleroy");
        var company = Company("Dupont\r\nX-Injected: yes");

        var messages = new[]
        {
            EmailTemplates.Credentials(user, company, "Tmp4Kq9Zx2Wm", ResetOrigin.Administrator, Now),
            EmailTemplates.PasswordChanged(user, company, PasswordChangedReasons.FirstConnection, Now),
            EmailTemplates.EmailChanged(user, company, "old@example.com", Now),
        };

        foreach (var email in messages)
        {
            Assert.DoesNotContain(email.ToName, c => char.IsControl(c) || c is '\u2028' or '\u2029');
            Assert.DoesNotContain(email.Subject, c => char.IsControl(c));
            Assert.DoesNotContain(email.PlainText.Split('\n'), line => line.StartsWith("Bcc:", StringComparison.Ordinal) || line.StartsWith("Subject:", StringComparison.Ordinal) || line.StartsWith("X-Injected", StringComparison.Ordinal));
            Assert.DoesNotContain(email.PlainText, c => char.IsControl(c) && c != '\n');
        }
    }

    [Fact]
    public void Html_part_keeps_line_breaks()
    {
        var email = EmailTemplates.Credentials(User("fr"), Company(), "Tmp4Kq9Zx2Wm", ResetOrigin.Administrator, Now.AddDays(1));

        Assert.Contains("Identifiant : marc.leroy<br>\nMot de passe temporaire : Tmp4Kq9Zx2Wm", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xA;", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_part_encodes_markup_in_names()
    {
        var user = User(firstName: "<script>alert(1)</script>");

        var email = EmailTemplates.Credentials(user, Company("A & B <Shop>"), "Tmp4Kq9Zx2Wm", ResetOrigin.Administrator, Now);

        Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B &lt;Shop&gt;", email.Html, StringComparison.Ordinal);
    }
}
