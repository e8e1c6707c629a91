using System.Text;

using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Logins;

/// <summary>What a login may contain once normalised.</summary>
public static class LoginRules
{
    public const int MinLength = 3;
    public const int MaxLength = 64;

    /// <summary>
    /// Checks a login as typed. Letters and digits of any script are allowed with <c>. _ - @</c>;
    /// spaces, control characters and other symbols are not, so a login is easy to read out.
    /// </summary>
    public static FieldError? Validate(string field, string? login)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return new FieldError(field, "required");
        }

        var normalized = LoginNormalizer.Normalize(login);
        if (normalized.Length < MinLength)
        {
            return new FieldError(field, "tooShort", MinLength);
        }

        if (normalized.Length > MaxLength)
        {
            return new FieldError(field, "tooLong", MaxLength);
        }

        foreach (var rune in normalized.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) && rune.Value is not ('.' or '_' or '-' or '@'))
            {
                return new FieldError(field, "invalidCharacters");
            }
        }

        return null;
    }
}
