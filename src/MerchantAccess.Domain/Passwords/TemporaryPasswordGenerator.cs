using System.Security.Cryptography;

namespace MerchantAccess.Domain.Passwords;

/// <summary>
/// Generates temporary passwords: 14 letters and digits, at least one of each, drawn uniformly
/// from a cryptographic source. Characters that are easy to misread when copied from an e-mail
/// (0 O o, 1 I l i) are left out.
/// </summary>
public sealed class TemporaryPasswordGenerator
{
    public const int Length = 14;

    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Alphabet = Letters + Digits;

    public string Generate()
    {
        Span<char> chars = stackalloc char[Length];
        do
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        }
        while (!ContainsLetterAndDigit(chars));

        return new string(chars);
    }

    private static bool ContainsLetterAndDigit(ReadOnlySpan<char> chars) =>
        chars.ContainsAny(Letters.AsSpan()) && chars.ContainsAny(Digits.AsSpan());
}
