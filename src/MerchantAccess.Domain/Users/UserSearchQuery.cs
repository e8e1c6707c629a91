using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Users;

/// <summary>A search of users by part of their login, name or e-mail, and by state.</summary>
public sealed record UserSearchQuery(string? Text, AccountState? State, string? ContinuationToken, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;
}
