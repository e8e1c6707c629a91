using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Functions.Users;

/// <summary>A user as listed in search results, with their company, so that support can tell companies apart.</summary>
public sealed record UserSummary(
    string Id,
    string CompanyId,
    string CompanyName,
    string Login,
    string FirstName,
    string LastName,
    string Email,
    string State,
    DateTimeOffset? LastSignInAt,
    bool HasPhoneNumber)
{
    public static UserSummary From(UserAccount user, IReadOnlyDictionary<string, string> companyNames)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(companyNames);

        return new UserSummary(
            user.Id,
            user.CompanyId,
            companyNames.GetValueOrDefault(user.CompanyId, ""),
            user.Login,
            user.FirstName,
            user.LastName,
            user.Email,
            UserResource.StateName(user.State),
            user.LastSignInAt,
            user.PhoneNumber is not null);
    }
}
