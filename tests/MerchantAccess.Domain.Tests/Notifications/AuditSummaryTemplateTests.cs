using MerchantAccess.Domain.Notifications;
using static MerchantAccess.Domain.Tests.TestAccounts;

namespace MerchantAccess.Domain.Tests.Notifications;

public sealed class AuditSummaryTemplateTests
{
    private static readonly AuditSummaryFigures Figures = new()
    {
        ReportId = "report-2026-03-14",
        PeriodStart = Now.AddDays(-1),
        PeriodEnd = Now,
        CompaniesScanned = 12,
        PasswordLocks = 4,
        CodeLocks = 2,
        LocksInPeriod = 5,
        UnlocksInPeriod = 3,
        Anomalies = 1,
        TimedLocksExpired = 7,
        TemporaryPasswordsExpired = 8,
        InactiveAccountsDisabled = 9,
    };

    [Theory]
    [InlineData("fr", "Audit des déverrouillages : 1 anomalies à examiner", "Comptes verrouillés actuellement : 6", "du 13 mars 2026 à 10:30 (Europe/Paris) au 14 mars 2026 à 10:30 (Europe/Paris)")]
    [InlineData(null, "Audit des déverrouillages : 1 anomalies à examiner", "Déverrouillages pendant la période : 3", "Sociétés examinées : 12")]
    [InlineData("en", "Unlock audit: 1 anomalies to review", "Accounts locked now: 6", "from 13 March 2026 at 10:30 (Europe/Paris) to 14 March 2026 at 10:30 (Europe/Paris)")]
    public void Summary_gives_the_counts_in_the_language(string? language, string subject, string line, string other)
    {
        var email = AuditSummaryTemplate.Render(Figures, "support-marchands@banque.example", language);

        Assert.Equal(subject, email.Subject);
        Assert.Contains(line, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(other, email.PlainText, StringComparison.Ordinal);
        Assert.Contains("report-2026-03-14", email.PlainText, StringComparison.Ordinal);
        Assert.Equal("support-marchands@banque.example", email.ToAddress);
    }

    [Fact]
    public void Summary_without_anomaly_says_so_in_subject()
    {
        var email = AuditSummaryTemplate.Render(Figures with { Anomalies = 0 }, "support@banque.example", "en");

        Assert.Equal("Unlock audit: no anomaly", email.Subject);
    }
}
