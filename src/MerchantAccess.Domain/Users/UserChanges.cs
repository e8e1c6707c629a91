namespace MerchantAccess.Domain.Users;

/// <summary>An edit of a user's profile; a <c>null</c> member leaves that field as it is.</summary>
/// <param name="PhoneNumber">A new number, or an empty string to remove the recorded one.</param>
public sealed record UserChanges(
    string? Title,
    string? FirstName,
    string? LastName,
    string? Email,
    string? PhoneNumber,
    string? Language,
    string? TimeZone,
    bool? ReadOnly);
