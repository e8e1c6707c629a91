using System.Globalization;
using System.Text;
using MerchantAccess.Domain.Logins;

namespace MerchantAccess.Domain.Users;

/// <summary>
/// Proposes logins from a person's name: <c>firstname.lastname</c> in lower-case ASCII, then the
/// same with a number appended when the first is taken.
/// </summary>
public static class LoginGenerator
{
    /// <summary>Returns the candidates in the order to try them: the base, then base2 to base99.</summary>
    public static IEnumerable<string> Candidates(string firstName, string lastName)
    {
        var first = Simplify(firstName);
        var last = Simplify(lastName);
        var stem = string.Join('.', new[] { first, last }.Where(part => part.Length > 0));
        if (stem.Length < LoginRules.MinLength)
        {
            stem = (stem + ".user").TrimStart('.');
        }

        stem = stem.Length > LoginRules.MaxLength - 2 ? stem[..(LoginRules.MaxLength - 2)].TrimEnd('.', '-') : stem;
        yield return stem;
        for (var suffix = 2; suffix < 100; suffix++)
        {
            yield return stem + suffix.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Removes accents, keeps ASCII letters, digits and hyphens, and lowers the case.</summary>
    private static string Simplify(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((c is '-' or ' ' or '\'') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
