using System.Net.Mail;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.Phones;

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

    /// <summary>Accepts a mobile number that an SMS can reach, as <see cref="MobileNumberParser"/> reads it.</summary>
    public static void PhoneNumber(List<FieldError> errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (value is not null && MobileNumberParser.Parse(value, "phoneNumber") is { IsSuccess: false } rejected)
        {
            errors.AddRange(rejected.Failure.FieldErrors);
        }
    }

    /// <summary>Returns a valid mobile number in E.164 form, or <c>null</c> for an empty or invalid value.</summary>
    public static string? NormalizePhoneNumber(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : MobileNumberParser.Parse(value, "phoneNumber").Value?.E164;

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
