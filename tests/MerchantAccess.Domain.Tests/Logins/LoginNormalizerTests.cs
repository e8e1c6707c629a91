using MerchantAccess.Domain.Logins;

namespace MerchantAccess.Domain.Tests.Logins;

public sealed class LoginNormalizerTests
{
    [Theory]
    [InlineData("Alice", "alice")]
    [InlineData("ALICE", "alice")]
    [InlineData("  alice  ", "alice")]
    [InlineData("ａｌｉｃｅ", "alice")]
    [InlineData("Ｍarc.Leroy", "marc.leroy")]
    [InlineData("ﬁona", "fiona")]
    [InlineData("Éloïse", "éloïse")]
    [InlineData("E\u0301loi\u0308se", "éloïse")]
    public void Forms_of_one_login_normalize_alike(string typed, string expected)
    {
        Assert.Equal(expected, LoginNormalizer.Normalize(typed));
    }

    [Theory]
    [InlineData("marc.leroy", null)]
    [InlineData("m@x_1-b", null)]
    [InlineData("éloïse", null)]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("ab", "tooShort")]
    [InlineData("marc leroy", "invalidCharacters")]
    [InlineData("marc/leroy", "invalidCharacters")]
    [InlineData("marc\r\nleroy", "invalidCharacters")]
    [InlineData("marc#1", "invalidCharacters")]
    public void Validate_reports_the_reason(string login, string? reason)
    {
        Assert.Equal(reason, LoginRules.Validate("login", login)?.Reason);
    }

    [Fact]
    public void Validate_rejects_logins_over_max_length()
    {
        Assert.Equal("tooLong", LoginRules.Validate("login", new string('a', LoginRules.MaxLength + 1))?.Reason);
        Assert.Null(LoginRules.Validate("login", new string('a', LoginRules.MaxLength)));
    }
}
