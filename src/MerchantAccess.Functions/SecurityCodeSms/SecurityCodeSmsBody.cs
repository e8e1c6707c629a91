namespace MerchantAccess.Functions.SecurityCodeSms;

/// <summary>The optional body of a security-code SMS request.</summary>
/// <param name="PhoneNumber">A mobile number typed by the administrator; without it the number on the account is used.</param>
/// <param name="SavePhoneNumber">Whether to record <paramref name="PhoneNumber"/> on the account; <c>false</c> when absent.</param>
public sealed record SecurityCodeSmsBody(string? PhoneNumber, bool? SavePhoneNumber);
