using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Logins;

namespace MerchantAccess.Domain.Passwords;

/// <summary>Checks a proposed new password against every <see cref="PasswordRule"/>.</summary>
public sealed class PasswordPolicy(IPasswordHasher hasher)
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    /// <summary>Number of previous passwords a new one may not repeat.</summary>
    public const int HistoryDepth = 4;

    /// <summary>Returns the rules <paramref name="password"/> breaks for <paramref name="user"/>; empty when it is acceptable.</summary>
    public IReadOnlyList<PasswordRule> Evaluate(string password, UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(user);

        var failed = new List<PasswordRule>();
        if (password.Length < MinLength)
        {
            failed.Add(PasswordRule.MinimumLength);
        }

        if (password.Length > MaxLength)
        {
            // Hashing an oversized input is wasted work, and no other rule matters for it.
            failed.Add(PasswordRule.MaximumLength);
            return failed;
        }

        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            failed.Add(PasswordRule.LettersAndDigits);
        }

        if (LoginNormalizer.Normalize(password) == user.NormalizedLogin)
        {
            failed.Add(PasswordRule.NotLogin);
        }

        if (user.PasswordHistory.Take(HistoryDepth).Any(hash => hasher.Verify(hash, password) != PasswordVerification.Failed))
        {
            failed.Add(PasswordRule.NotRecent);
        }

        if (user.Reset is { } reset && hasher.Verify(reset.TemporaryPasswordHash, password) != PasswordVerification.Failed)
        {
            failed.Add(PasswordRule.NotTemporary);
        }

        return failed;
    }
}
