using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// Finds the account an administrator or support agent asks for, keeping companies apart: a user
/// of another company is answered exactly like a user that does not exist, and so is a malformed id.
/// </summary>
public sealed class AccountLookup(IAccountStore store)
{
    /// <summary>Finds a user the actor may view.</summary>
    public Task<Result<AccountSnapshot>> FindForViewAsync(Actor actor, string userId, CancellationToken cancellationToken) =>
        FindAsync(actor, userId, requireWrite: false, cancellationToken);

    /// <summary>Finds a user the actor may change.</summary>
    public Task<Result<AccountSnapshot>> FindForManagementAsync(Actor actor, string userId, CancellationToken cancellationToken) =>
        FindAsync(actor, userId, requireWrite: true, cancellationToken);

    private async Task<Result<AccountSnapshot>> FindAsync(Actor actor, string userId, bool requireWrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        // Without the permission the answer is the same for every target, so it reveals nothing.
        if (!actor.IsSupport && !actor.Permissions.HasFlag(UserPermissions.ManageUsers))
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        if (requireWrite && actor.ReadOnly)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        if (!Identifiers.IsWellFormed(userId))
        {
            return Failure.Of(FailureCode.NotFound);
        }

        var companyId = await store.FindCompanyOfUserAsync(userId, cancellationToken);
        if (companyId is null || !actor.CanViewUsersOf(companyId))
        {
            return Failure.Of(FailureCode.NotFound);
        }

        var snapshot = await store.LoadAsync(companyId, userId, cancellationToken);
        return snapshot is null ? Failure.Of(FailureCode.NotFound) : snapshot;
    }
}
