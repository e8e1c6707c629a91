using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Users;

/// <summary>What an administrator or support agent gives to create a user.</summary>
/// <param name="CompanyId">The company to create the user in; support must name it, an administrator's own company is used otherwise.</param>
/// <param name="Login">The login, or <c>null</c> to generate one from the name.</param>
public sealed record NewUser(
    string? CompanyId,
    string? Login,
    string? Title,
    string FirstName,
    string LastName,
    string Email,
    string? PhoneNumber,
    string Language,
    string? TimeZone,
    UserPermissions Permissions,
    bool ReadOnly);
