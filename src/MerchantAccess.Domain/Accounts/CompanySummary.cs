namespace MerchantAccess.Domain.Accounts;

/// <summary>A company as listed in the directory, without its secrets.</summary>
public sealed record CompanySummary(string Id, string Name, bool IsSupportOrganisation);
