namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// A user and their company as read together from storage, with the version of the user that
/// a conditional write must match.
/// </summary>
public sealed record AccountSnapshot(UserAccount User, Company Company, string Version);
