using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Sessions;

/// <summary>The signed-in user's own session and profile.</summary>
public sealed partial class SessionService(IAccountStore store, AccountUpdater updater, ILogger<SessionService> logger)
{
    /// <summary>Ends the actor's current session; their other sessions stay open.</summary>
    public async Task<Result<Unit>> SignOutAsync(Actor actor, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var outcome = await updater.UpdateAsync<Unit>(actor.CompanyId, actor.UserId, (snapshot, now) =>
        {
            var remaining = snapshot.User.Sessions.Where(session => session.Id != actor.SessionId).ToList();
            var signedOut = AccountEvents.BySelf(snapshot.User, AccountEventTypes.SignedOut, EventOutcome.Success, now, origin);
            return AccountDecision<Unit>.Commit(snapshot.User with { Sessions = remaining }, [signedOut], Unit.Value);
        }, cancellationToken);

        if (outcome.IsSuccess)
        {
            LogSignedOut(logger, actor.UserId);
        }

        return outcome;
    }

    /// <summary>Returns the actor's own account with their company.</summary>
    public async Task<Result<AccountSnapshot>> GetProfileAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var snapshot = await store.LoadAsync(actor.CompanyId, actor.UserId, cancellationToken);
        return snapshot is null ? Failure.Of(FailureCode.Unauthorized) : snapshot;
    }

    [LoggerMessage(EventId = LogEventIds.SignedOut, Level = LogLevel.Information, Message = "User {UserId} signed out")]
    private static partial void LogSignedOut(ILogger logger, string userId);
}
