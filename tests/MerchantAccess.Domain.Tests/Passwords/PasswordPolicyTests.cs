using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Tests.Fakes;

namespace MerchantAccess.Domain.Tests.Passwords;

public sealed class PasswordPolicyTests
{
    private readonly FakePasswordHasher _hasher = new();

    public static TheoryData<string, PasswordRule[]> Cases => new()
    {
        { "Boulangerie2027", [] },
        { "short1A", [PasswordRule.MinimumLength] },
        { "onlylettersherefine", [PasswordRule.LettersAndDigits] },
        { "123456789012345", [PasswordRule.LettersAndDigits] },
        { "abc", [PasswordRule.MinimumLength, PasswordRule.LettersAndDigits] },
        { "Marc.Leroy2026x", [] },
        { new string('a', 128) + "1", [PasswordRule.MaximumLength] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Evaluate_names_each_broken_rule(string password, PasswordRule[] expected)
    {
        var policy = new PasswordPolicy(_hasher);

        var broken = await policy.EvaluateAsync(password, TestAccounts.Active(), CancellationToken.None);

        Assert.Equal(expected, broken);
    }

    [Fact]
    public async Task Password_equal_to_login_is_rejected()
    {
        var policy = new PasswordPolicy(_hasher);
        var user = TestAccounts.Active(login: "marc2026leroy");

        var broken = await policy.EvaluateAsync("MARC2026LEROY", user, CancellationToken.None);

        Assert.Equal([PasswordRule.NotLogin], broken);
    }

    [Theory]
    [InlineData("Previous1Password", true)]
    [InlineData("Previous4Password", true)]
    [InlineData("Previous5Password", false)]
    public async Task Last_four_passwords_are_rejected(string password, bool rejected)
    {
        var policy = new PasswordPolicy(_hasher);
        var history = new[] { "Previous1Password", "Previous2Password", "Previous3Password", "Previous4Password", "Previous5Password" }
            .Select(FakePasswordHasher.Hash).ToArray();
        var user = TestAccounts.Active("marc.leroy", history);

        var broken = await policy.EvaluateAsync(password, user, CancellationToken.None);

        Assert.Equal(rejected, broken.Contains(PasswordRule.NotRecent));
    }

    [Fact]
    public async Task Temporary_password_is_rejected()
    {
        var policy = new PasswordPolicy(_hasher);
        var user = TestAccounts.Active() with
        {
            Reset = new PendingReset
            {
                Id = "r",
                IssuedAt = TestAccounts.Now,
                ExpiresAt = TestAccounts.Now.AddDays(1),
                TemporaryPasswordHash = FakePasswordHasher.Hash("Temporary2026x"),
                Origin = ResetOrigin.Administrator,
            },
        };

        var broken = await policy.EvaluateAsync("Temporary2026x", user, CancellationToken.None);

        Assert.Equal([PasswordRule.NotTemporary], broken);
    }
}
