using MerchantAccess.Domain.Phones;

namespace MerchantAccess.Domain.Tests.Phones;

public sealed class MobileNumberParserTests
{
    [Theory]
    [InlineData("06 12 34 56 78", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("0612345678", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("06.12.34.56.78", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("07 81 23 45 67", "+33781234567", "+33 7 81 23 45 67")]
    [InlineData("+33 6 12 34 56 78", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("+33612345678", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("0033 6 12 34 56 78", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("  06 12 34 56 78  ", "+33612345678", "+33 6 12 34 56 78")]
    [InlineData("+44 7911 123456", "+447911123456", "+44 7911 123456")]
    [InlineData("+49 151 23456789", "+4915123456789", "+49 1512 3456789")]
    [InlineData("+32 470 12 34 56", "+32470123456", "+32 470 12 34 56")]
    [InlineData("+262 692 12 34 56", "+262692123456", "+262 692 12 34 56")]
    public void Mobile_numbers_parse_to_e164(string typed, string e164, string international)
    {
        var parsed = MobileNumberParser.Parse(typed, "phoneNumber");

        Assert.True(parsed.IsSuccess, parsed.Failure is { FieldErrors: [var error, ..] } ? error.Reason : null);
        Assert.Equal(e164, parsed.Value!.E164);
        Assert.Equal(international, parsed.Value.International);
    }

    [Theory]
    [InlineData("01 23 45 67 89", MobileNumberParser.NotMobileReason)]
    [InlineData("+33 1 23 45 67 89", MobileNumberParser.NotMobileReason)]
    [InlineData("09 70 12 34 56", MobileNumberParser.NotMobileReason)]
    [InlineData("08 00 12 34 56", MobileNumberParser.NotMobileReason)]
    [InlineData("+44 20 7946 0958", MobileNumberParser.NotMobileReason)]
    [InlineData("+1 202 555 0143", MobileNumberParser.AmbiguousReason)]
    [InlineData("612345678", MobileNumberParser.AmbiguousReason)]
    [InlineData("33612345678", MobileNumberParser.AmbiguousReason)]
    [InlineData("06 12 34", MobileNumberParser.InvalidReason)]
    [InlineData("12", MobileNumberParser.InvalidReason)]
    [InlineData("+33 6 12 34 56 78 90 12", MobileNumberParser.InvalidReason)]
    [InlineData("call me", MobileNumberParser.InvalidReason)]
    [InlineData("+999 123456789", MobileNumberParser.InvalidReason)]
    [InlineData("06 12 34 56 78\r\nX", "invalidCharacters")]
    [InlineData("   ", "required")]
    [InlineData("+33 6 12 34 56 78 00000000000000000", "tooLong")]
    public void Rejected_numbers_name_the_reason(string typed, string reason)
    {
        var parsed = MobileNumberParser.Parse(typed, "phoneNumber");

        Assert.False(parsed.IsSuccess);
        var error = Assert.Single(parsed.Failure!.FieldErrors);
        Assert.Equal("phoneNumber", error.Field);
        Assert.Equal(reason, error.Reason);
    }
}
