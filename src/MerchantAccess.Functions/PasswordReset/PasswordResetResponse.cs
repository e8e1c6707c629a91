using MerchantAccess.Functions.Users;

namespace MerchantAccess.Functions.PasswordReset;

/// <summary>The body of a successful password reset.</summary>
public sealed record PasswordResetResponse(string Message, string CompanySecurityCode, UserResource User);
