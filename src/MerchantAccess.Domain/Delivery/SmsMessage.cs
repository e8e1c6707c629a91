namespace MerchantAccess.Domain.Delivery;

/// <summary>A rendered SMS to one mobile number.</summary>
/// <param name="ToPhoneNumber">The destination in E.164 form.</param>
/// <param name="Language">The language the text is written in: <c>fr</c> or <c>en</c>.</param>
public sealed record SmsMessage(string ToPhoneNumber, string Text, string Language);
