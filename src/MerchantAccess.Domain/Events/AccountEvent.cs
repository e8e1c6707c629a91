using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Events;

/// <summary>
/// One recorded action on an account: who did what to whom, from where, and how it ended.
/// </summary>
public sealed record AccountEvent
{
    public string Id { get; init; } = Identifiers.New();

    /// <summary>One of <see cref="AccountEventTypes"/>.</summary>
    public required string Type { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The company of the target account; events are stored with it.</summary>
    public required string CompanyId { get; init; }

    /// <summary>The account acted upon, or <c>null</c> when no account matched (an unknown login).</summary>
    public string? TargetUserId { get; init; }

    /// <summary>The user who acted: an administrator, support, the user themselves, or <c>null</c> for the system.</summary>
    public string? ActorId { get; init; }

    /// <summary>The actor's role when the event was recorded, used by the audit to flag unlocks by non-support actors.</summary>
    public string? ActorRole { get; init; }

    public string? ClientAddress { get; init; }

    public required EventOutcome Outcome { get; init; }

    /// <summary>The stated reason, for example of a support unlock.</summary>
    public string? Reason { get; init; }

    /// <summary>Extra non-secret facts, such as the lock kind or the attempt number.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
}
