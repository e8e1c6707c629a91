namespace MerchantAccess.Domain.SecurityCodeSms;

/// <summary>An administrator's request to send the company security code to a user by SMS.</summary>
/// <param name="PhoneNumber">The number typed by the administrator, or <c>null</c> to use the number on the account.</param>
/// <param name="SavePhoneNumber">Whether to record the typed number on the account.</param>
public sealed record SecurityCodeSmsRequest(string? PhoneNumber, bool SavePhoneNumber);
