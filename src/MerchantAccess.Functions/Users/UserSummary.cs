using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Functions.Users;

/// <summary>A user as listed in search results.</summary>
public sealed record UserSummary(
    string Id,
    string Login,
    string FirstName,
    string LastName,
    string Email,
    string State,
    DateTimeOffset? LastSignInAt,
    bool HasPhoneNumber)
{
    public static UserSummary From(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);

        return new UserSummary(user.Id, user.Login, user.FirstName, user.LastName, user.Email, UserResource.StateName(user.State), user.LastSignInAt, user.PhoneNumber is not null);
    }
}
