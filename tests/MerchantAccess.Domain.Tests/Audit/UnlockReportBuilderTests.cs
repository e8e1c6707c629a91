using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Events;

namespace MerchantAccess.Domain.Tests.Audit;

/// <summary>How the report builder reads a company's lock events into activity and anomalies.</summary>
public sealed class UnlockReportBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly AuditPeriod Period = AuditPeriod.PreviousDay(Now);
    private static readonly CompanySummary Company = new("c1", "Boulangerie Dupont", false);
    private readonly AuditOptions _options = new() { CompanyLockThreshold = 3, RelockWindow = TimeSpan.FromHours(2) };

    [Fact]
    public void Timeline_starts_a_relock_window_before_the_period()
    {
        var builder = new UnlockReportBuilder(Period, _options);

        Assert.Equal(new DateTimeOffset(2026, 4, 30, 22, 0, 0, TimeSpan.Zero), builder.TimelineFrom);
    }

    [Fact]
    public void Events_outside_the_period_are_not_listed()
    {
        var report = Build(
            Locked("u1", Period.From.AddMinutes(-30)),
            Locked("u2", Period.From),
            Locked("u3", Period.To));

        var activity = Assert.Single(report.LockActivity);
        Assert.Equal("u2", activity.UserId);
    }

    [Theory]
    [InlineData(null, "support", LockKind.Password, AnomalyKind.UnlockWithoutReason)]
    [InlineData("  ", "support", LockKind.SecurityCode, AnomalyKind.UnlockWithoutReason)]
    [InlineData("Appel du client", "merchant", LockKind.SecurityCode, AnomalyKind.CodeUnlockByNonSupport)]
    [InlineData("timedLockExpired", "system", LockKind.SecurityCode, AnomalyKind.CodeUnlockByNonSupport)]
    public void Faulty_unlock_is_flagged(string? reason, string actorRole, LockKind kind, AnomalyKind expected)
    {
        var unlock = Unlocked("u1", Period.From.AddHours(1), reason, actorRole, kind);

        var report = Build(unlock);

        var anomaly = Assert.Single(report.Anomalies);
        Assert.Equal((expected, unlock.Id), (anomaly.Kind, anomaly.EventId));
    }

    [Theory]
    [InlineData("passwordReset", "merchant", LockKind.Password)]
    [InlineData("timedLockExpired", "system", LockKind.Password)]
    [InlineData("Identité vérifiée", "support", LockKind.SecurityCode)]
    public void Allowed_unlock_is_not_flagged(string reason, string actorRole, LockKind kind)
    {
        var report = Build(Unlocked("u1", Period.From.AddHours(1), reason, actorRole, kind));

        Assert.Empty(report.Anomalies);
        Assert.Single(report.LockActivity);
    }

    [Fact]
    public void Relock_within_window_counts_unlock_before_period()
    {
        var unlockedAt = Period.From.AddMinutes(-90);
        var report = Build(
            Unlocked("u1", unlockedAt, "Identité vérifiée", "support", LockKind.SecurityCode),
            Locked("u1", Period.From.AddMinutes(20)),
            Unlocked("u2", Period.From.AddHours(1), "Identité vérifiée", "support", LockKind.SecurityCode),
            Locked("u2", Period.From.AddHours(3).AddMinutes(1)));

        var anomaly = Assert.Single(report.Anomalies);
        Assert.Equal((AnomalyKind.RelockedAfterUnlock, "u1", unlockedAt), (anomaly.Kind, anomaly.UserId, anomaly.PreviousUnlockAt!.Value));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Company_with_threshold_locks_is_flagged(int locks, bool flagged)
    {
        var events = Enumerable.Range(0, locks).Select(i => Locked("u" + i, Period.From.AddHours(i + 1))).ToArray();

        var report = Build(events);

        Assert.Equal(flagged, report.Anomalies.Any(anomaly => anomaly.Kind == AnomalyKind.UnusualLockCount && anomaly.LockCount == locks));
    }

    private UnlockAuditReport Build(params AccountEvent[] events)
    {
        var builder = new UnlockReportBuilder(Period, _options);
        builder.AddCompany(Company, [], events);
        return builder.Build(AuditTrigger.Schedule, null, Now, [], []);
    }

    private static AccountEvent Locked(string userId, DateTimeOffset at) => new()
    {
        Type = AccountEventTypes.AccountLocked,
        OccurredAt = at,
        CompanyId = Company.Id,
        TargetUserId = userId,
        ActorId = userId,
        ActorRole = "merchant",
        Outcome = EventOutcome.Success,
        Details = AccountEvents.LockDetails(LockKind.SecurityCode),
    };

    private static AccountEvent Unlocked(string userId, DateTimeOffset at, string? reason, string actorRole, LockKind kind) => new()
    {
        Type = AccountEventTypes.AccountUnlocked,
        OccurredAt = at,
        CompanyId = Company.Id,
        TargetUserId = userId,
        ActorId = "actor",
        ActorRole = actorRole,
        Outcome = EventOutcome.Success,
        Reason = reason,
        Details = AccountEvents.LockDetails(kind),
    };
}
