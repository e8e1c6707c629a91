namespace MerchantAccess.Domain.Phones;

/// <summary>A mobile phone number that an SMS can be sent to.</summary>
/// <param name="E164">The number in E.164 form, as stored and sent to the SMS provider: <c>+33612345678</c>.</param>
/// <param name="International">The number as people read it: <c>+33 6 12 34 56 78</c>.</param>
public sealed record MobileNumber(string E164, string International);
