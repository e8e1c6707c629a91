using System.Security.Cryptography;

namespace MerchantAccess.Domain.Common;

/// <summary>
/// Generates and checks the opaque identifiers of users, companies, resets, events and sessions:
/// 32 lowercase hexadecimal characters from a cryptographic random source, safe in table keys
/// and URLs.
/// </summary>
public static class Identifiers
{
    public const int Length = 32;

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    /// <summary>Returns whether <paramref name="value"/> has the shape of an identifier.</summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length != Length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
