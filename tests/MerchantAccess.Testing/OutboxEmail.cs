using System.Text;
using System.Text.RegularExpressions;

namespace MerchantAccess.Testing;

/// <summary>An <c>.eml</c> file of the outbox, parsed enough for tests: headers and the plain-text part.</summary>
public sealed partial record OutboxEmail(string Path, string Raw, IReadOnlyDictionary<string, string> Headers, string PlainText)
{
    /// <summary>The recipient address, from the <c>To</c> header.</summary>
    public string To => AddressPattern().Match(Headers["To"]).Groups[1].Value;

    public string Subject => DecodeWord(Headers["Subject"]);

    /// <summary>Whether this is a credentials e-mail, which gives a temporary password.</summary>
    public bool CarriesTemporaryPassword => PasswordPattern().IsMatch(PlainText);

    /// <summary>The temporary password the plain-text part gives, in either language.</summary>
    public string TemporaryPassword => PasswordPattern().Match(PlainText) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException($"No temporary password in {Path}:\n{PlainText}");

    public static OutboxEmail Read(string path)
    {
        var raw = File.ReadAllText(path, Encoding.UTF8);
        var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..headerEnd].Split("\r\n")
            .Select(line => line.Split(": ", 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.OrdinalIgnoreCase);
        var plainStart = raw.IndexOf("Content-Type: text/plain", StringComparison.Ordinal);
        var bodyStart = raw.IndexOf("\r\n\r\n", plainStart, StringComparison.Ordinal) + 4;
        var bodyEnd = raw.IndexOf("\r\n--=_", bodyStart, StringComparison.Ordinal);
        return new OutboxEmail(path, raw, headers, raw[bodyStart..bodyEnd]);
    }

    public static string DecodeWord(string value)
    {
        var match = EncodedWordPattern().Match(value);
        return match.Success ? Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value)) : value;
    }

    [GeneratedRegex("<([^>]+)>")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"(?:Mot de passe temporaire :|Temporary password:) ([A-Za-z0-9]+)")]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();
}
