using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Domain.Events;

/// <summary>Builds account events with the facts every event carries.</summary>
public static class AccountEvents
{
    /// <summary>An event about <paramref name="target"/> done by the user themselves, as in sign-in steps.</summary>
    public static AccountEvent BySelf(
        UserAccount target,
        string type,
        EventOutcome outcome,
        DateTimeOffset at,
        RequestOrigin origin,
        IReadOnlyDictionary<string, string>? details = null) => new()
        {
            Type = type,
            OccurredAt = at,
            CompanyId = target.CompanyId,
            TargetUserId = target.Id,
            ActorId = target.Id,
            ActorRole = RoleName(target.Role),
            ClientAddress = origin.ClientAddress,
            Outcome = outcome,
            Details = details ?? EmptyDetails,
        };

    /// <summary>An event about <paramref name="target"/> done by <paramref name="actor"/>, such as an administrator's reset.</summary>
    public static AccountEvent ByActor(
        Actor actor,
        UserAccount target,
        string type,
        EventOutcome outcome,
        DateTimeOffset at,
        RequestOrigin origin,
        string? reason = null,
        IReadOnlyDictionary<string, string>? details = null) => new()
        {
            Type = type,
            OccurredAt = at,
            CompanyId = target.CompanyId,
            TargetUserId = target.Id,
            ActorId = actor.UserId,
            ActorRole = RoleName(actor.Role),
            ClientAddress = origin.ClientAddress,
            Outcome = outcome,
            Reason = reason,
            Details = details ?? EmptyDetails,
        };

    /// <summary>An event recorded by the platform itself, such as a delivery or a timed unlock.</summary>
    public static AccountEvent BySystem(
        UserAccount target,
        string type,
        EventOutcome outcome,
        DateTimeOffset at,
        string? reason = null,
        IReadOnlyDictionary<string, string>? details = null) => new()
        {
            Type = type,
            OccurredAt = at,
            CompanyId = target.CompanyId,
            TargetUserId = target.Id,
            ActorRole = SystemRole,
            Outcome = outcome,
            Reason = reason,
            Details = details ?? EmptyDetails,
        };

    /// <summary>The role recorded for events the platform raises on its own.</summary>
    public const string SystemRole = "system";

    public static string RoleName(UserRole role) => role == UserRole.Support ? "support" : "merchant";

    public static IReadOnlyDictionary<string, string> LockDetails(LockKind kind) =>
        new Dictionary<string, string> { [LockKindDetail] = kind == LockKind.Password ? "password" : "securityCode" };

    /// <summary>Reads back the lock kind that <see cref="LockDetails"/> recorded, or <c>null</c> when the event names none.</summary>
    public static LockKind? LockKindOf(AccountEvent accountEvent)
    {
        ArgumentNullException.ThrowIfNull(accountEvent);

        return accountEvent.Details.GetValueOrDefault(LockKindDetail) switch
        {
            "password" => LockKind.Password,
            "securityCode" => LockKind.SecurityCode,
            _ => null,
        };
    }

    private const string LockKindDetail = "lockKind";

    private static readonly IReadOnlyDictionary<string, string> EmptyDetails = new Dictionary<string, string>();
}
