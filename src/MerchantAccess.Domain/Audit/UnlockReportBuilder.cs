using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Audit;

/// <summary>
/// Gathers the current locks and the lock events of each company into a report, and finds the
/// anomalies among the events. It keeps only locks and lock events in memory.
/// </summary>
public sealed class UnlockReportBuilder(AuditPeriod period, AuditOptions options)
{
    private readonly List<LockedAccount> _currentLocks = [];
    private readonly List<LockActivity> _activity = [];
    private readonly List<AuditAnomaly> _anomalies = [];
    private int _companies;

    /// <summary>The start of the timeline to read: the period start less the relock window.</summary>
    public DateTimeOffset TimelineFrom => period.From - options.RelockWindow;

    /// <summary>
    /// Adds one company: the accounts still locked, and its lock events from
    /// <see cref="TimelineFrom"/> to the end of the period, oldest first.
    /// </summary>
    public void AddCompany(CompanySummary company, IEnumerable<LockMarker> currentLocks, IReadOnlyList<AccountEvent> lockEvents)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(currentLocks);
        ArgumentNullException.ThrowIfNull(lockEvents);

        _companies++;
        _currentLocks.AddRange(currentLocks.Select(marker =>
            new LockedAccount(company.Id, company.Name, marker.UserId, marker.Login, marker.Kind, marker.LockedAt, marker.LockedUntil)));

        var lastUnlockByUser = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var locksInPeriod = 0;
        foreach (var lockEvent in lockEvents)
        {
            if (lockEvent.TargetUserId is not { } userId)
            {
                continue;
            }

            var inPeriod = lockEvent.OccurredAt >= period.From && lockEvent.OccurredAt < period.To;
            var activity = ToActivity(company, userId, lockEvent);
            if (activity.Kind == LockActivityKind.Unlocked)
            {
                if (inPeriod)
                {
                    _activity.Add(activity);
                    CheckUnlock(company, activity);
                }

                lastUnlockByUser[userId] = lockEvent.OccurredAt;
                continue;
            }

            if (!inPeriod)
            {
                continue;
            }

            _activity.Add(activity);
            locksInPeriod++;
            if (lastUnlockByUser.TryGetValue(userId, out var unlockedAt) && lockEvent.OccurredAt - unlockedAt <= options.RelockWindow)
            {
                _anomalies.Add(new AuditAnomaly(AnomalyKind.RelockedAfterUnlock, company.Id, company.Name, userId, activity.EventId, activity.OccurredAt, PreviousUnlockAt: unlockedAt));
            }
        }

        if (locksInPeriod >= options.CompanyLockThreshold)
        {
            _anomalies.Add(new AuditAnomaly(AnomalyKind.UnusualLockCount, company.Id, company.Name, LockCount: locksInPeriod));
        }
    }

    /// <summary>Builds the report of the companies added so far, with the actions and errors of the run.</summary>
    public UnlockAuditReport Build(
        AuditTrigger trigger,
        string? requestedBy,
        DateTimeOffset generatedAt,
        IReadOnlyList<AuditAction> actions,
        IReadOnlyList<AuditError> errors) => new()
        {
            Id = period.Id,
            Period = period,
            Trigger = trigger,
            RequestedBy = requestedBy,
            GeneratedAt = generatedAt,
            CompaniesAudited = _companies,
            CurrentLocks = _currentLocks.OrderBy(account => account.LockedAt).ThenBy(account => account.UserId, StringComparer.Ordinal).ToList(),
            LockActivity = _activity.OrderBy(activity => activity.OccurredAt).ThenBy(activity => activity.EventId, StringComparer.Ordinal).ToList(),
            Anomalies = _anomalies.ToList(),
            Actions = actions,
            Errors = errors,
        };

    private void CheckUnlock(CompanySummary company, LockActivity unlock)
    {
        if (string.IsNullOrWhiteSpace(unlock.Reason))
        {
            _anomalies.Add(Anomaly(AnomalyKind.UnlockWithoutReason, company, unlock));
        }

        // An administrator's reset lifts a password lock, which the product allows; a code lock is
        // for support alone to lift.
        if (unlock.LockKind == LockKind.SecurityCode && unlock.ActorRole != AccountEvents.RoleName(UserRole.Support))
        {
            _anomalies.Add(Anomaly(AnomalyKind.CodeUnlockByNonSupport, company, unlock));
        }
    }

    private static AuditAnomaly Anomaly(AnomalyKind kind, CompanySummary company, LockActivity unlock) =>
        new(kind, company.Id, company.Name, unlock.UserId, unlock.EventId, unlock.OccurredAt, unlock.ActorId, unlock.ActorRole);

    private static LockActivity ToActivity(CompanySummary company, string userId, AccountEvent lockEvent) => new(
        lockEvent.Id,
        lockEvent.Type == AccountEventTypes.AccountUnlocked ? LockActivityKind.Unlocked : LockActivityKind.Locked,
        lockEvent.OccurredAt,
        company.Id,
        company.Name,
        userId,
        AccountEvents.LockKindOf(lockEvent),
        lockEvent.ActorId,
        lockEvent.ActorRole,
        lockEvent.Reason);
}
