using MerchantAccess.Domain.Passwords;

namespace MerchantAccess.Domain.Tests.Passwords;

public sealed class TemporaryPasswordGeneratorTests
{
    private const string LookAlikes = "0O1lIio";

    [Fact]
    public void Generated_password_has_letters_digits_and_length()
    {
        var generator = new TemporaryPasswordGenerator();

        for (var i = 0; i < 2_000; i++)
        {
            var password = generator.Generate();

            Assert.InRange(password.Length, 12, 16);
            Assert.Contains(password, char.IsAsciiLetter);
            Assert.Contains(password, char.IsAsciiDigit);
            Assert.All(password, c => Assert.True(char.IsAsciiLetterOrDigit(c), $"'{c}' is not a letter or digit"));
            Assert.DoesNotContain(password, c => LookAlikes.Contains(c, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Generated_passwords_do_not_repeat()
    {
        var generator = new TemporaryPasswordGenerator();

        var passwords = Enumerable.Range(0, 10_000).Select(_ => generator.Generate()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(10_000, passwords.Count);
    }
}
