namespace MerchantAccess.Domain.Accounts;

/// <summary>Where a login lives: the user and the company that holds them.</summary>
public sealed record DirectoryEntry(string UserId, string CompanyId);
