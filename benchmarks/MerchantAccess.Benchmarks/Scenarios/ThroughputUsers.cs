using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>Users written in bulk for the throughput scenario, all in one company.</summary>
internal static class ThroughputUsers
{
    /// <summary>Users awaiting the security-code step of a first connection, whose temporary password hash is <paramref name="hash"/>.</summary>
    public static List<UserAccount> ResetPending(string companyId, string prefix, int count, string hash, DateTimeOffset now) =>
        Enumerable.Range(0, count).Select(number => New(companyId, $"{prefix}{number}", now) with
        {
            State = AccountState.ResetPending,
            Reset = new PendingReset
            {
                Id = Identifiers.New(),
                IssuedAt = now,
                ExpiresAt = now.AddDays(1),
                TemporaryPasswordHash = hash,
                Origin = ResetOrigin.Administrator,
            },
        }).ToList();

    /// <summary>Active users whose own password hash is <paramref name="hash"/>, changed today.</summary>
    public static List<UserAccount> Active(string companyId, string prefix, int count, string hash, DateTimeOffset now) =>
        Enumerable.Range(0, count).Select(number => New(companyId, $"{prefix}{number}", now) with
        {
            PasswordHash = hash,
            PasswordChangedAt = now,
            PasswordHistory = [hash],
            LastSignInAt = now,
        }).ToList();

    /// <summary>Writes the users and their directory rows.</summary>
    public static async Task WriteAsync(LocalHostInstance host, IReadOnlyList<UserAccount> users)
    {
        await BulkAccounts.WriteAsync(host, users.Select(user => BulkAccounts.Rows(user)));
        await BulkAccounts.AddDirectoryEntriesAsync(host, users);
    }

    private static UserAccount New(string companyId, string login, DateTimeOffset now) => new()
    {
        Id = Identifiers.New(),
        CompanyId = companyId,
        Login = login,
        NormalizedLogin = login,
        FirstName = "Bench",
        LastName = login,
        Email = $"{login}@bench.example",
        State = AccountState.Active,
        StateChangedAt = now,
        CreatedAt = now,
    };
}
