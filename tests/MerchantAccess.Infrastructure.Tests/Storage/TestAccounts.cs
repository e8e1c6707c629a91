using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Logins;

namespace MerchantAccess.Infrastructure.Tests.Storage;

/// <summary>Accounts that the storage tests create.</summary>
internal static class TestAccounts
{
    /// <summary>An active user of <paramref name="companyId"/> with a new id.</summary>
    public static UserAccount NewUser(string companyId, string login, DateTimeOffset now) => new()
    {
        Id = Identifiers.New(),
        CompanyId = companyId,
        Login = login,
        NormalizedLogin = LoginNormalizer.Normalize(login),
        FirstName = "Marc",
        LastName = "Leroy",
        Email = "marc@example.com",
        State = AccountState.Active,
        StateChangedAt = now,
        CreatedAt = now,
        PasswordHash = "hash",
        PasswordHistory = ["hash"],
    };
}
