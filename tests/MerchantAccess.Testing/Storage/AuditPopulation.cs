using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;

namespace MerchantAccess.Testing.Storage;

/// <summary>
/// A population of users for measuring the unlock audit: <see cref="Companies"/> companies of
/// <see cref="UsersPerCompany"/> users each. The first <see cref="LockedAccounts"/> users are
/// locked (code and password locks in turn) with their lock events of today, the next
/// <see cref="InactiveAccounts"/> have not signed in for 100 days, and the rest signed in within
/// the last 60 days.
/// </summary>
public sealed record AuditPopulation(int Companies, int UsersPerCompany, int LockedAccounts, int InactiveAccounts)
{
    public int Users => Companies * UsersPerCompany;

    /// <summary>Creates the companies and writes their users in bulk through <see cref="BulkAccounts"/>.</summary>
    public async Task SeedAsync(LocalHostInstance host)
    {
        ArgumentNullException.ThrowIfNull(host);

        var now = DateTimeOffset.UtcNow;
        var users = new List<IReadOnlyList<Azure.Data.Tables.TableTransactionAction>>(Users);
        for (var c = 0; c < Companies; c++)
        {
            var company = await BulkAccounts.CreateCompanyAsync(host, $"Bulk company {c}", "BULK2345", now.AddDays(-400));
            for (var i = 0; i < UsersPerCompany; i++)
            {
                users.Add(UserRows(company.Id, (c * UsersPerCompany) + i, now));
            }
        }

        await BulkAccounts.WriteAsync(host, users);
    }

    private IReadOnlyList<Azure.Data.Tables.TableTransactionAction> UserRows(string companyId, int number, DateTimeOffset now)
    {
        var login = $"bulk.user{number}";
        var user = new UserAccount
        {
            Id = Identifiers.New(),
            CompanyId = companyId,
            Login = login,
            NormalizedLogin = login,
            FirstName = "Bulk",
            LastName = $"User {number}",
            Email = $"{login}@bulk.example",
            State = AccountState.Active,
            StateChangedAt = now.AddDays(-200),
            CreatedAt = now.AddDays(-200),
            LastSignInAt = now.AddDays(-(number % 60)),
            PasswordHash = "unused",
            PasswordChangedAt = now.AddDays(-10),
        };

        var events = new List<AccountEvent>();
        if (number < LockedAccounts)
        {
            var kind = number % 2 == 0 ? LockKind.SecurityCode : LockKind.Password;
            user = user with { State = kind == LockKind.SecurityCode ? AccountState.CodeLocked : AccountState.PasswordLocked, StateChangedAt = now.AddSeconds(-30) };
            events.Add(AccountEvents.BySelf(user, AccountEventTypes.AccountLocked, EventOutcome.Success, now.AddSeconds(-30), new RequestOrigin(null), AccountEvents.LockDetails(kind)));
        }
        else if (number < LockedAccounts + InactiveAccounts)
        {
            user = user with { LastSignInAt = now.AddDays(-100) };
        }

        return BulkAccounts.Rows(user, events);
    }
}
