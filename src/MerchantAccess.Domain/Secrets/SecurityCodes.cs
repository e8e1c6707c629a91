using System.Security.Cryptography;
using System.Text;

namespace MerchantAccess.Domain.Secrets;

/// <summary>Compares and generates company security codes.</summary>
public static class SecurityCodes
{
    public const int MinLength = 6;
    public const int MaxLength = 32;
    public const int GeneratedLength = 8;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// Returns whether <paramref name="entered"/> is the company's code. Spaces are ignored and
    /// letters compared without case, since the code is often read out over the phone. Both sides
    /// are hashed first, so the comparison takes the same time whatever the length or the first
    /// differing character.
    /// </summary>
    public static bool Matches(string expected, string entered)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(entered);

        Span<byte> expectedHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> enteredHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(expected)), expectedHash);
        SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entered)), enteredHash);
        return CryptographicOperations.FixedTimeEquals(expectedHash, enteredHash);
    }

    /// <summary>Generates a code for a company that has none, for example the support organisation.</summary>
    public static string Generate()
    {
        Span<char> chars = stackalloc char[GeneratedLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Canonical(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
