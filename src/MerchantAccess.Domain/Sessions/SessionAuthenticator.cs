using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Sessions;

/// <summary>
/// Turns a bearer access token into the <see cref="Actor"/> it signs in, checking that its
/// session is still open: not logged out, not ended by a reset, lock, unlock or password change,
/// and not idle beyond the timeout.
/// </summary>
public sealed class SessionAuthenticator(IAccountStore store, ITokenService tokens, SessionOpener sessions, TimeProvider time)
{
    /// <summary>How often the last-seen time of a session is written, so each request need not write.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<Result<Actor>> AuthenticateAsync(string? accessToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(accessToken))
        {
            return Failure.Of(FailureCode.Unauthorized);
        }

        var claims = await tokens.ValidateAccessTokenAsync(accessToken);
        if (claims is null)
        {
            return Failure.Of(FailureCode.Unauthorized);
        }

        var snapshot = await store.LoadAsync(claims.CompanyId, claims.UserId, cancellationToken);
        var now = time.GetUtcNow();
        var session = snapshot?.User.Sessions.FirstOrDefault(candidate => candidate.Id == claims.SessionId);
        if (snapshot is null || session is null || snapshot.User.State != AccountState.Active || !sessions.IsOpen(session, now))
        {
            return Failure.Of(FailureCode.Unauthorized);
        }

        if (now - session.LastSeenAt >= TouchInterval)
        {
            // Best effort: a concurrent write only delays the update to the next request.
            var touched = snapshot.User with
            {
                Sessions = snapshot.User.Sessions.Select(s => s.Id == session.Id ? s with { LastSeenAt = now } : s).ToList(),
            };
            await store.TryCommitAsync(new AccountChange(snapshot, touched, []), cancellationToken);
        }

        var user = snapshot.User;
        return new Actor(user.Id, user.CompanyId, user.Login, user.Role, user.Permissions, user.ReadOnly, session.Id);
    }
}
