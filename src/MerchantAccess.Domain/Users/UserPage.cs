using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Users;

/// <summary>A page of users sorted by last name, with the token of the next page or <c>null</c>.</summary>
public sealed record UserPage(IReadOnlyList<UserAccount> Items, string? ContinuationToken);
