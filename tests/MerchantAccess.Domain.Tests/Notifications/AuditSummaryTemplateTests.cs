using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Notifications;

namespace MerchantAccess.Domain.Tests.Notifications;

/// <summary>The summary e-mail of an unlock audit report.</summary>
public sealed class AuditSummaryTemplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 2, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Summary_gives_counts_in_french_then_english()
    {
        var email = AuditSummaryTemplate.Render(Report(locks: 2), "support@banque.example");

        Assert.Equal("support@banque.example", email.ToAddress);
        Assert.Contains("2026-05-01", email.Subject, StringComparison.Ordinal);
        Assert.Contains("Comptes verrouillés actuellement : 2 (mot de passe : 1, code de sécurité : 1)", email.PlainText, StringComparison.Ordinal);
        Assert.Contains("Accounts locked now: 2 (password: 1, security code: 1)", email.PlainText, StringComparison.Ordinal);
        Assert.True(
            email.PlainText.IndexOf("Anomalies : 1", StringComparison.Ordinal) < email.PlainText.IndexOf("Anomalies: 1", StringComparison.Ordinal),
            "The French section comes first.");
        Assert.Contains("Boulangerie Dupont : 7 verrouillages sur la période", email.PlainText, StringComparison.Ordinal);
        Assert.Contains("Boulangerie Dupont: 7 locks in the period", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lists_are_cut_and_counted()
    {
        var email = AuditSummaryTemplate.Render(Report(locks: AuditSummaryTemplate.MaxListedLines + 3), "support@banque.example");

        Assert.Contains("- et 3 de plus", email.PlainText, StringComparison.Ordinal);
        Assert.Contains("- and 3 more", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Company_name_cannot_add_lines()
    {
        var report = Report(locks: 1) with
        {
            CurrentLocks = [new LockedAccount("c1", "Dupont\r\nFaux rapport", "u1", "marc.leroy", LockKind.Password, Now, null)],
        };

        var email = AuditSummaryTemplate.Render(report, "support@banque.example");

        Assert.Contains("Dupont  Faux rapport / marc.leroy", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("\nFaux rapport", email.PlainText, StringComparison.Ordinal);
    }

    private static UnlockAuditReport Report(int locks) => new()
    {
        Id = "2026-05-01",
        Period = AuditPeriod.PreviousDay(Now),
        Trigger = AuditTrigger.Schedule,
        GeneratedAt = Now,
        CompaniesAudited = 3,
        CurrentLocks = Enumerable.Range(0, locks)
            .Select(i => new LockedAccount("c1", "Boulangerie Dupont", "u" + i, "user" + i, i % 2 == 0 ? LockKind.SecurityCode : LockKind.Password, Now.AddHours(-i), null))
            .ToList(),
        Anomalies = [new AuditAnomaly(AnomalyKind.UnusualLockCount, "c1", "Boulangerie Dupont", LockCount: 7)],
    };
}
