using System.Net.Mail;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Notifications;

namespace MerchantAccess.Domain.Users;

/// <summary>Checks the profile fields of a user, each failure naming its field.</summary>
public static class UserFieldRules
{
    public const int MaxNameLength = 100;
    public const int MaxTitleLength = 20;

    /// <summary>Longest e-mail address that fits a mail path (RFC 5321).</summary>
    public const int MaxEmailLength = 254;

    public const int MaxTimeZoneLength = 64;

    public static void Name(List<FieldError> errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "required"));
        }
        else
        {
            Text(errors, field, value, MaxNameLength);
        }
    }

    public static void Title(List<FieldError> errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (value is not null)
        {
            Text(errors, "title", value, MaxTitleLength);
        }
    }

    /// <summary>
    /// Accepts one plain address (<c>local@domain</c>) with a dot in the domain, no display name and
    /// no control characters.
    /// </summary>
    public static void Email(List<FieldError> errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError("email", "required"));
            return;
        }

        if (value.Length > MaxEmailLength)
        {
            errors.Add(new FieldError("email", "tooLong", MaxEmailLength));
            return;
        }

        var valid = !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>' or ',' or ';' or '"')
            && MailAddress.TryCreate(value, out var address)
            && address.Address == value
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.StartsWith('.')
            && !address.Host.EndsWith('.');
        if (!valid)
        {
            errors.Add(new FieldError("email", "invalidFormat"));
        }
    }

    public static void LanguageCode(List<FieldError> errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (!Language.IsSupported(value))
        {
            errors.Add(new FieldError("language", "invalidValue"));
        }
    }

    /// <summary>Accepts an IANA time zone id known to the platform, such as <c>Europe/Paris</c>.</summary>
    public static void TimeZone(List<FieldError> errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (value is null)
        {
            return;
        }

        if (value.Length > MaxTimeZoneLength || !TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) || !zone.HasIanaId)
        {
            errors.Add(new FieldError("timeZone", "invalidValue"));
        }
    }

    /// <summary>Accepts a mobile number that <see cref="NormalizePhoneNumber"/> can turn into E.164.</summary>
    public static void PhoneNumber(List<FieldError> errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (value is not null && NormalizePhoneNumber(value) is null)
        {
            errors.Add(new FieldError("phoneNumber", "invalidPhoneNumber"));
        }
    }

    /// <summary>
    /// Returns a mobile number in E.164 form: French local forms (06 or 07 and eight digits) become
    /// +33, international forms keep their country code. Returns <c>null</c> for anything else, and
    /// for an empty value.
    /// </summary>
    /// <remarks>
    /// NOTE: without a numbering plan database this cannot tell mobiles from landlines outside
    /// France; the SMS feature's phone parser replaces it.
    /// </remarks>
    public static string? NormalizePhoneNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 32)
        {
            return null;
        }

        var digits = new System.Text.StringBuilder();
        foreach (var c in value.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '.' or '-' or '(' or ')'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (number.Length == 10 && (number.StartsWith("06", StringComparison.Ordinal) || number.StartsWith("07", StringComparison.Ordinal)))
        {
            return "+33" + number[1..];
        }

        if (number.StartsWith("+33", StringComparison.Ordinal))
        {
            return number.Length == 12 && number[3] is '6' or '7' ? number : null;
        }

        return number.StartsWith('+') && number.Length is >= 9 and <= 16 && number[1] != '0' ? number : null;
    }

    private static void Text(List<FieldError> errors, string field, string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            errors.Add(new FieldError(field, "tooLong", maxLength));
        }
        else if (value.Any(char.IsControl))
        {
            errors.Add(new FieldError(field, "invalidCharacters"));
        }
    }
}
