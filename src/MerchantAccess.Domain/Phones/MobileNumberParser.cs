using MerchantAccess.Domain.Common;
using PhoneNumbers;

namespace MerchantAccess.Domain.Phones;

/// <summary>
/// Reads a mobile number typed by an administrator. French numbers may be typed in the national
/// form (<c>06 12 34 56 78</c>, <c>0612345678</c>) or the international one (<c>+33 6 12 34 56 78</c>);
/// other countries' numbers must start with <c>+</c> or <c>00</c> and their country code.
/// </summary>
public static class MobileNumberParser
{
    /// <summary>Longest accepted input, spaces and punctuation included.</summary>
    public const int MaxLength = 32;

    /// <summary>The number is not a phone number of any country.</summary>
    public const string InvalidReason = "invalidPhoneNumber";

    /// <summary>The number is valid but cannot receive SMS: a landline, a toll-free or a VoIP number.</summary>
    public const string NotMobileReason = "notMobile";

    /// <summary>
    /// The number could belong to several countries or kinds of line: digits without a country
    /// code that are not in the French national form, or a number plan (such as North America's)
    /// that does not tell mobiles from landlines.
    /// </summary>
    public const string AmbiguousReason = "ambiguousPhoneNumber";

    /// <summary>Numbers typed without a country code are read as French ones.</summary>
    private const string DefaultRegion = "FR";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Parses <paramref name="text"/>. A rejected number returns a validation failure on
    /// <paramref name="field"/> whose reason is one of the reasons above.
    /// </summary>
    public static Result<MobileNumber> Parse(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(field);

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return Failure.Validation(new FieldError(field, "required"));
        }

        if (trimmed.Length > MaxLength)
        {
            return Failure.Validation(new FieldError(field, "tooLong", MaxLength));
        }

        if (trimmed.Any(char.IsControl))
        {
            return Failure.Validation(new FieldError(field, "invalidCharacters"));
        }

        PhoneNumber number;
        try
        {
            number = Util.ParseAndKeepRawInput(trimmed, DefaultRegion);
        }
        catch (NumberParseException)
        {
            return Failure.Validation(new FieldError(field, InvalidReason));
        }

        // Too few digits for any number of the country read is a typing error, whatever the form.
        if (Util.IsPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.TOO_SHORT)
        {
            return Failure.Validation(new FieldError(field, InvalidReason));
        }

        if (!IsUnambiguouslyWritten(number, trimmed))
        {
            return Failure.Validation(new FieldError(field, AmbiguousReason));
        }

        if (!Util.IsValidNumber(number))
        {
            return Failure.Validation(new FieldError(field, InvalidReason));
        }

        return Util.GetNumberType(number) switch
        {
            PhoneNumberType.MOBILE => new MobileNumber(
                Util.Format(number, PhoneNumberFormat.E164),
                Util.Format(number, PhoneNumberFormat.INTERNATIONAL)),
            PhoneNumberType.FIXED_LINE_OR_MOBILE or PhoneNumberType.UNKNOWN => Failure.Validation(new FieldError(field, AmbiguousReason)),
            _ => Failure.Validation(new FieldError(field, NotMobileReason)),
        };
    }

    /// <summary>
    /// Returns whether the country of the number is certain: written with <c>+</c> or the
    /// international prefix <c>00</c>, or in the French national form that starts with the trunk
    /// prefix 0. Digits such as <c>612345678</c> or <c>33612345678</c> could be meant for another
    /// country, so they are rejected rather than guessed.
    /// </summary>
    private static bool IsUnambiguouslyWritten(PhoneNumber number, string text) => number.CountryCodeSource switch
    {
        PhoneNumber.Types.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN => true,
        PhoneNumber.Types.CountryCodeSource.FROM_NUMBER_WITH_IDD => true,
        PhoneNumber.Types.CountryCodeSource.FROM_DEFAULT_COUNTRY => PhoneNumberUtil.NormalizeDigitsOnly(text).StartsWith('0'),
        _ => false,
    };
}
