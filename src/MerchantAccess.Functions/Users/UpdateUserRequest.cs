using MerchantAccess.Domain.Users;

namespace MerchantAccess.Functions.Users;

/// <summary>Body of <c>PATCH /api/users/{userId}</c>: members left out keep their value; an empty phoneNumber removes it.</summary>
public sealed record UpdateUserRequest(
    string? Title,
    string? FirstName,
    string? LastName,
    string? Email,
    string? PhoneNumber,
    string? Language,
    string? TimeZone,
    bool? ReadOnly)
{
    public UserChanges ToChanges() => new(Title, FirstName, LastName, Email, PhoneNumber, Language, TimeZone, ReadOnly);
}
