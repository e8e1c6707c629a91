using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Users;

/// <summary>A page of users sorted by last name, with the token of the next page or <c>null</c>.</summary>
/// <param name="CompanyNames">Names of the companies searched, by company id, so it covers the company of every user on the page.</param>
public sealed record UserPage(IReadOnlyList<UserAccount> Items, string? ContinuationToken, IReadOnlyDictionary<string, string> CompanyNames);
