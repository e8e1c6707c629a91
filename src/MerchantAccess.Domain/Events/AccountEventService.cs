using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Events;

/// <summary>Reads a user's events for administrators of their company and for support.</summary>
public sealed class AccountEventService(IAccountStore store, AccountLookup lookup)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Returns a page of the user's events, newest first.</summary>
    public async Task<Result<EventPage>> ListAsync(Actor actor, string userId, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var found = await lookup.FindForViewAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        var page = await store.ListEventsAsync(found.Value.Company.Id, userId, continuationToken, pageSize, cancellationToken);
        return page is null ? Failure.Validation(new FieldError("continuationToken", "invalidFormat")) : page;
    }
}
