using MerchantAccess.Domain.Notifications;
using static MerchantAccess.Domain.Tests.TestAccounts;

namespace MerchantAccess.Domain.Tests.Notifications;

public sealed class SmsTemplatesTests
{
    [Theory]
    [InlineData("fr", "le code de sécurité de votre société est BD7429QM")]
    [InlineData("en", "your company security code is BD7429QM")]
    [InlineData("de", "le code de sécurité de votre société est BD7429QM")]
    public void Security_code_sms_uses_user_language(string language, string sentence)
    {
        var sms = SmsTemplates.SecurityCode(User(language), Company(), "BD7429QM", "+33612345678");

        Assert.Contains(sentence, sms.Text, StringComparison.Ordinal);
        Assert.Contains("Boulangerie Dupont", sms.Text, StringComparison.Ordinal);
        Assert.Equal(language == "en" ? "en" : "fr", sms.Language);
        Assert.Equal("+33612345678", sms.ToPhoneNumber);
    }

    [Fact]
    public void Security_code_sms_carries_no_other_account_fact()
    {
        var user = User() with { Email = "marc.leroy@boulangerie-dupont.example" };

        var sms = SmsTemplates.SecurityCode(user, Company(), "BD7429QM", "+33612345678");

        Assert.DoesNotContain("marc.leroy", sms.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leroy", sms.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("http", sms.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_company_name_is_cut()
    {
        var company = Company(new string('B', 30) + "\r\n" + new string('C', 60));

        var sms = SmsTemplates.SecurityCode(User(), company, "BD7429QM", "+33612345678");

        Assert.Contains(new string('B', 30) + "  " + new string('C', SmsTemplates.MaxCompanyNameLength - 32) + "…", sms.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(sms.Text, char.IsControl);
        Assert.True(sms.Text.Length < 230, $"The SMS has {sms.Text.Length} characters.");
    }

    [Fact]
    public void Cut_never_splits_a_surrogate_pair()
    {
        var company = Company(new string('B', SmsTemplates.MaxCompanyNameLength - 1) + "😀😀");

        var sms = SmsTemplates.SecurityCode(User(), company, "BD7429QM", "+33612345678");

        Assert.DoesNotContain(sms.Text, c => char.IsSurrogate(c));
    }
}
