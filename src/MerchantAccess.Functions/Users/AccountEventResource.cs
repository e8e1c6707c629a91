using MerchantAccess.Domain.Events;

namespace MerchantAccess.Functions.Users;

/// <summary>An account event as the API shows it.</summary>
public sealed record AccountEventResource(
    string Id,
    string Type,
    DateTimeOffset OccurredAt,
    string CompanyId,
    string? TargetUserId,
    string? ActorId,
    string? ActorRole,
    string? ClientAddress,
    string Outcome,
    string? Reason,
    IReadOnlyDictionary<string, string> Details)
{
    public static AccountEventResource From(AccountEvent accountEvent)
    {
        ArgumentNullException.ThrowIfNull(accountEvent);

        return new AccountEventResource(
            accountEvent.Id,
            accountEvent.Type,
            accountEvent.OccurredAt,
            accountEvent.CompanyId,
            accountEvent.TargetUserId,
            accountEvent.ActorId,
            accountEvent.ActorRole,
            accountEvent.ClientAddress,
            accountEvent.Outcome switch
            {
                EventOutcome.Success => "success",
                EventOutcome.Failure => "failure",
                _ => "refused",
            },
            accountEvent.Reason,
            accountEvent.Details);
    }
}
