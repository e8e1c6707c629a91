using MerchantAccess.Domain.Secrets;

namespace MerchantAccess.Domain.Tests.Secrets;

public sealed class SecurityCodesTests
{
    [Theory]
    [InlineData("BD7429QM", "BD7429QM", true)]
    [InlineData("BD7429QM", "bd7429qm", true)]
    [InlineData("BD7429QM", " BD74 29QM ", true)]
    [InlineData("BD7429QM", "BD7429Q", false)]
    [InlineData("BD7429QM", "BD7429QMX", false)]
    [InlineData("BD7429QM", "", false)]
    [InlineData("BD7429QM", "BD7429QN", false)]
    public void Matches_ignores_case_and_spaces_only(string expected, string entered, bool matches)
    {
        Assert.Equal(matches, SecurityCodes.Matches(expected, entered));
    }

    [Fact]
    public void Generated_codes_use_the_unambiguous_alphabet()
    {
        var code = SecurityCodes.Generate();

        Assert.Equal(SecurityCodes.GeneratedLength, code.Length);
        Assert.All(code, c => Assert.Contains(c, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"));
    }
}
