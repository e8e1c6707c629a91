using MerchantAccess.Domain.Accounts;
using Microsoft.Extensions.Options;
using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Sessions;

/// <summary>Opens a session on an account and issues its access token.</summary>
public sealed class SessionOpener(ITokenService tokens, IOptions<AccountPolicyOptions> options)
{
    private readonly AccountPolicyOptions _options = options.Value;

    /// <summary>
    /// Returns <paramref name="user"/> with a new session added, sessions that ended by time
    /// removed, and at most <see cref="AccountPolicyOptions.MaxSessionsPerUser"/> kept, with the
    /// token to hand out once the account is committed.
    /// </summary>
    public (UserAccount User, IssuedToken Token) Open(UserAccount user, DateTimeOffset now)
    {
        var session = new UserSession(Identifiers.New(), now, now, now + _options.AccessTokenLifetime);
        var kept = user.Sessions
            .Where(existing => IsOpen(existing, now))
            .OrderByDescending(existing => existing.LastSeenAt)
            .Take(_options.MaxSessionsPerUser - 1)
            .Prepend(session)
            .ToList();

        var token = tokens.IssueAccessToken(user.Id, user.CompanyId, session.Id, session.ExpiresAt);
        return (user with { Sessions = kept }, token);
    }

    /// <summary>Returns whether a session has neither expired nor been idle too long.</summary>
    public bool IsOpen(UserSession session, DateTimeOffset now) =>
        session.ExpiresAt > now && now - session.LastSeenAt < _options.SessionIdleTimeout;
}
