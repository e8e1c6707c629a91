using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Phones;

namespace MerchantAccess.Domain.SecurityCodeSms;

/// <summary>A queued security-code SMS: the account after the request, and the destination number.</summary>
public sealed record SecurityCodeSmsQueued(UserAccount User, MobileNumber Destination);
