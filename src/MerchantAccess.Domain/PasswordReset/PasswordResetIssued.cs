using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.PasswordReset;

/// <summary>
/// A committed reset: the account as it now stands and the company security code, which the
/// administrator passes on to the user out of band.
/// </summary>
public sealed record PasswordResetIssued(UserAccount User, Company Company, string CompanySecurityCode);
