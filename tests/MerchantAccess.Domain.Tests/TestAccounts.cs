using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Tests;

/// <summary>Accounts and a company for unit tests.</summary>
public static class TestAccounts
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    /// <summary>An active account whose password history is <paramref name="history"/>, newest first.</summary>
    public static UserAccount Active(string login = "marc.leroy", params string[] history) => User(login: login) with
    {
        NormalizedLogin = login.ToLowerInvariant(),
        Email = "marc.leroy@example.com",
        State = AccountState.Active,
        PasswordHash = history.FirstOrDefault(),
        PasswordChangedAt = Now,
        PasswordHistory = history,
    };

    /// <summary>An account for tests of rendering, where only names and settings matter.</summary>
    public static UserAccount User(string language = "fr", string firstName = "Marc", string lastName = "Leroy", string login = "marc.leroy") => new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        CompanyId = "fedcba9876543210fedcba9876543210",
        Login = login,
        NormalizedLogin = login,
        FirstName = firstName,
        LastName = lastName,
        Email = "marc.leroy@boulangerie-dupont.example",
        Language = language,
        TimeZone = "Europe/Paris",
        StateChangedAt = Now,
        CreatedAt = Now,
    };

    public static Company Company(string name = "Boulangerie Dupont") => new()
    {
        Id = "fedcba9876543210fedcba9876543210",
        Name = name,
        ProtectedSecurityCode = "sealed",
        CreatedAt = Now,
    };
}
