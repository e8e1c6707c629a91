using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage;
using Microsoft.AspNetCore.Identity;

namespace MerchantAccess.Benchmarks.Scenarios;

/// <summary>
/// The storage round trips of verify-code and login made directly with Azure.Data.Tables, without
/// HTTP, the function app or the domain: the baseline that the local host is compared with.
/// </summary>
/// <remarks>
/// Verify-code reads the user and company rows in one query, then writes the user row
/// conditionally on its ETag together with the event's two rows in one transaction. Login first
/// reads the login's directory row, and between the read and the write checks the password with
/// ASP.NET Core Identity's hasher, which the app also uses. No security-code decryption, token or
/// JSON work is done here.
/// </remarks>
internal sealed class BareStorageLoop(TableClient accounts, TableClient directory)
{
    private readonly PasswordHasher<object> _hasher = new();

    public async Task VerifyCodeAsync(UserAccount user)
    {
        var now = DateTimeOffset.UtcNow;
        var row = await ReadUserAsync(user.CompanyId, user.Id);
        row["ResetSecurityCodeVerifiedAt"] = now;
        await CommitAsync(row, user.Id, AccountEvents.BySelf(user, AccountEventTypes.SecurityCodeVerified, EventOutcome.Success, now, new RequestOrigin("127.0.0.1")));
    }

    public async Task LoginAsync(string normalizedLogin, string password)
    {
        var now = DateTimeOffset.UtcNow;
        var entry = await directory.GetEntityAsync<TableEntity>(TableKeys.LoginEntry(normalizedLogin), "");
        var userId = entry.Value.GetString("UserId");
        var companyId = entry.Value.GetString("CompanyId");
        var row = await ReadUserAsync(companyId, userId);
        if (_hasher.VerifyHashedPassword(null!, row.GetString("PasswordHash"), password) == PasswordVerificationResult.Failed)
        {
            throw new InvalidOperationException($"The bare login of {normalizedLogin} failed its password check.");
        }

        row["LastSignInAt"] = now;
        var user = new UserAccount { Id = userId, CompanyId = companyId, Login = normalizedLogin, NormalizedLogin = normalizedLogin, FirstName = "", LastName = "", Email = "", StateChangedAt = now, CreatedAt = now };
        await CommitAsync(row, userId, AccountEvents.BySelf(user, AccountEventTypes.SignInSucceeded, EventOutcome.Success, now, new RequestOrigin("127.0.0.1")));
    }

    private async Task<TableEntity> ReadUserAsync(string companyId, string userId)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and (RowKey eq {TableKeys.CompanyRow} or RowKey eq {TableKeys.User(userId)})");
        TableEntity? user = null;
        await foreach (var row in accounts.QueryAsync<TableEntity>(filter))
        {
            if (row.RowKey != TableKeys.CompanyRow)
            {
                user = row;
            }
        }

        return user ?? throw new InvalidOperationException($"The bare loop found no user {userId}.");
    }

    private async Task CommitAsync(TableEntity user, string userId, AccountEvent accountEvent) =>
        await accounts.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, user, user.ETag),
            new TableTransactionAction(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.UserEvent(userId, accountEvent.OccurredAt, accountEvent.Id))),
            new TableTransactionAction(TableTransactionActionType.Add, EntityMapper.ToEntity(accountEvent, TableKeys.TimelineEvent(accountEvent.OccurredAt, accountEvent.Id))),
        ]);
}
