using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Tests;

/// <summary>Accounts for unit tests.</summary>
public static class TestAccounts
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    public static UserAccount Active(string login = "marc.leroy", params string[] history) => new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        CompanyId = "fedcba9876543210fedcba9876543210",
        Login = login,
        NormalizedLogin = login.ToLowerInvariant(),
        FirstName = "Marc",
        LastName = "Leroy",
        Email = "marc.leroy@example.com",
        State = AccountState.Active,
        StateChangedAt = Now,
        CreatedAt = Now,
        PasswordHash = history.FirstOrDefault(),
        PasswordChangedAt = Now,
        PasswordHistory = history,
    };
}
