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
    public async Task<IReadOnlyList<PasswordRule>> EvaluateAsync(string password, UserAccount user, CancellationToken cancellationToken)
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

        foreach (var hash in user.PasswordHistory.Take(HistoryDepth))
        {
            if (await hasher.VerifyAsync(hash, password, cancellationToken) != PasswordVerification.Failed)
            {
                failed.Add(PasswordRule.NotRecent);
                break;
            }
        }

        if (user.Reset is { } reset && await hasher.VerifyAsync(reset.TemporaryPasswordHash, password, cancellationToken) != PasswordVerification.Failed)
        {
            failed.Add(PasswordRule.NotTemporary);
        }

        return failed;
    }
}
