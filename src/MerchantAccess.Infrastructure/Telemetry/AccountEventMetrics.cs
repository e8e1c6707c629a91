using System.Diagnostics.Metrics;
using MerchantAccess.Domain.Events;

namespace MerchantAccess.Infrastructure.Telemetry;

/// <summary>
/// Counters of the account events that operators watch: password resets, deliveries by outcome,
/// locks and unlocks. They count committed events in the account store, one place for every
/// use case, so a write that lost a race or failed counts nothing.
/// </summary>
public sealed class AccountEventMetrics
{
    /// <summary>Name of the meter; the telemetry exporter subscribes to it.</summary>
    public const string MeterName = "MerchantAccess";

    public const string PasswordResetsName = "merchantaccess.password_resets";
    public const string DeliveriesName = "merchantaccess.deliveries";
    public const string AccountLocksName = "merchantaccess.account_locks";
    public const string AccountUnlocksName = "merchantaccess.account_unlocks";

    private const string Unknown = "unknown";

    private readonly Counter<long> _passwordResets;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _accountLocks;
    private readonly Counter<long> _accountUnlocks;

    public AccountEventMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);

        var meter = meterFactory.Create(MeterName);
        _passwordResets = meter.CreateCounter<long>(PasswordResetsName, "{reset}", "Password resets issued, by the role of who asked (actor_role)");
        _deliveries = meter.CreateCounter<long>(DeliveriesName, "{delivery}", "Deliveries that ended, by outcome (sent or failed) and channel");
        _accountLocks = meter.CreateCounter<long>(AccountLocksName, "{lock}", "Accounts locked, by lock kind (password or securityCode)");
        _accountUnlocks = meter.CreateCounter<long>(AccountUnlocksName, "{unlock}", "Accounts unlocked, by lock kind and the role of who unlocked (actor_role)");
    }

    /// <summary>Counts the events of a write that has just been committed.</summary>
    public void Record(IEnumerable<AccountEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);

        foreach (var accountEvent in events)
        {
            // Tags hold only low-cardinality values: never a user id, a reason or an address.
            switch (accountEvent.Type)
            {
                case AccountEventTypes.PasswordReset:
                    _passwordResets.Add(1, ActorRole(accountEvent));
                    break;
                case AccountEventTypes.CredentialsSent or AccountEventTypes.SecurityCodeSmsSent or AccountEventTypes.NotificationSent:
                    _deliveries.Add(1, new("outcome", "sent"), Channel(accountEvent));
                    break;
                case AccountEventTypes.CredentialsDeliveryFailed or AccountEventTypes.SecurityCodeSmsDeliveryFailed or AccountEventTypes.NotificationDeliveryFailed:
                    _deliveries.Add(1, new("outcome", "failed"), Channel(accountEvent));
                    break;
                case AccountEventTypes.AccountLocked:
                    _accountLocks.Add(1, LockKind(accountEvent));
                    break;
                case AccountEventTypes.AccountUnlocked:
                    _accountUnlocks.Add(1, LockKind(accountEvent), ActorRole(accountEvent));
                    break;
            }
        }
    }

    private static KeyValuePair<string, object?> ActorRole(AccountEvent accountEvent) =>
        new("actor_role", accountEvent.ActorRole ?? Unknown);

    private static KeyValuePair<string, object?> Channel(AccountEvent accountEvent) =>
        new("channel", accountEvent.Details.GetValueOrDefault("channel", Unknown));

    private static KeyValuePair<string, object?> LockKind(AccountEvent accountEvent) =>
        new("lock_kind", accountEvent.Details.GetValueOrDefault("lockKind", Unknown));
}
