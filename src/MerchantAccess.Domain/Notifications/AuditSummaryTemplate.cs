using System.Globalization;
using System.Text;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Audit;
using MerchantAccess.Domain.Delivery;

namespace MerchantAccess.Domain.Notifications;

/// <summary>
/// Renders the summary e-mail of an unlock audit report for the support mailbox. The mailbox has
/// no language of its own, so the e-mail carries French first, then English.
/// </summary>
public static class AuditSummaryTemplate
{
    /// <summary>Lines listed per section before the rest is only counted; the full report has them all.</summary>
    public const int MaxListedLines = 20;

    public static EmailMessage Render(UnlockAuditReport report, string supportMailbox)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(supportMailbox);

        var counts = report.Counts;
        var subject = string.Create(CultureInfo.InvariantCulture, $"Audit des déverrouillages / Unlock audit {report.Id}: {counts.Anomalies} anomalie(s) / anomalies");
        var text = Section(report, French) + "\n\n----------\n\n" + Section(report, English);
        return EmailTemplates.Build(supportMailbox, "Support marchands / Merchant support", subject, text);
    }

    private static string Section(UnlockAuditReport report, Texts texts)
    {
        var counts = report.Counts;
        var builder = new StringBuilder();
        builder.AppendLine(Format(texts.Heading, report.Id, Time(report.Period.From), Time(report.Period.To), report.Revision, texts.Trigger(report.Trigger)));
        builder.AppendLine();
        builder.AppendLine(Format(texts.CurrentLocks, counts.PasswordLocks + counts.CodeLocks, counts.PasswordLocks, counts.CodeLocks));
        builder.AppendLine(Format(texts.PeriodActivity, counts.Locks, counts.Unlocks));
        builder.AppendLine(Format(texts.Actions, counts.TimedLocksEnded, counts.TemporaryPasswordsExpired, counts.AccountsDisabled));
        builder.AppendLine(Format(texts.Errors, counts.Errors));
        builder.AppendLine();
        builder.AppendLine(Format(texts.AnomaliesHeading, counts.Anomalies));
        AppendList(builder, report.Anomalies, anomaly => Anomaly(anomaly, texts), texts);
        builder.AppendLine();
        builder.AppendLine(texts.LockedHeading);
        AppendList(builder, report.CurrentLocks, account => Format(
            texts.LockedLine,
            TextSanitizer.SingleLine(account.CompanyName),
            TextSanitizer.SingleLine(account.Login ?? account.UserId),
            texts.Kind(account.Kind),
            Time(account.LockedAt)), texts);
        builder.AppendLine();
        builder.Append(texts.FullReport);
        return builder.ToString();
    }

    private static void AppendList<T>(StringBuilder builder, IReadOnlyList<T> items, Func<T, string> line, Texts texts)
    {
        if (items.Count == 0)
        {
            builder.AppendLine(texts.None);
            return;
        }

        foreach (var item in items.Take(MaxListedLines))
        {
            builder.Append("- ").AppendLine(line(item));
        }

        if (items.Count > MaxListedLines)
        {
            builder.AppendLine(Format(texts.More, items.Count - MaxListedLines));
        }
    }

    private static string Anomaly(AuditAnomaly anomaly, Texts texts)
    {
        var company = TextSanitizer.SingleLine(anomaly.CompanyName);
        return anomaly.Kind switch
        {
            AnomalyKind.UnusualLockCount => Format(texts.UnusualLockCount, company, anomaly.LockCount ?? 0),
            AnomalyKind.RelockedAfterUnlock => Format(texts.Relocked, company, anomaly.UserId, Time(anomaly.OccurredAt), Time(anomaly.PreviousUnlockAt)),
            AnomalyKind.UnlockWithoutReason => Format(texts.WithoutReason, company, anomaly.UserId, Time(anomaly.OccurredAt), anomaly.ActorId ?? "-", anomaly.ActorRole ?? "-"),
            AnomalyKind.CodeUnlockByNonSupport => Format(texts.ByNonSupport, company, anomaly.UserId, Time(anomaly.OccurredAt), anomaly.ActorId ?? "-", anomaly.ActorRole ?? "-"),
            _ => anomaly.Kind.ToString(),
        };
    }

    private static string Time(DateTimeOffset? instant) =>
        instant is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-";

    private static string Format(string template, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);

    private sealed record Texts(
        string Heading,
        Func<AuditTrigger, string> Trigger,
        string CurrentLocks,
        string PeriodActivity,
        string Actions,
        string Errors,
        string AnomaliesHeading,
        string UnusualLockCount,
        string Relocked,
        string WithoutReason,
        string ByNonSupport,
        string LockedHeading,
        string LockedLine,
        Func<LockKind, string> Kind,
        string None,
        string More,
        string FullReport);

    private static readonly Texts French = new(
        "Audit des verrouillages {0}, du {1} au {2} (révision {3}, {4})",
        trigger => trigger == AuditTrigger.Schedule ? "exécution planifiée" : "exécution à la demande",
        "Comptes verrouillés actuellement : {0} (mot de passe : {1}, code de sécurité : {2})",
        "Sur la période : {0} verrouillage(s), {1} déverrouillage(s)",
        "Actions de l'audit : {0} verrouillage(s) temporaire(s) levé(s), {1} mot(s) de passe temporaire(s) expiré(s), {2} compte(s) désactivé(s) pour inactivité",
        "Erreurs : {0}",
        "Anomalies : {0}",
        "{0} : {1} verrouillages sur la période",
        "{0} : compte {1} verrouillé à nouveau le {2}, après un déverrouillage le {3}",
        "{0} : compte {1} déverrouillé sans motif le {2} par {3} ({4})",
        "{0} : code de sécurité du compte {1} déverrouillé le {2} par {3} ({4}), qui n'est pas du support",
        "Comptes verrouillés :",
        "{0} / {1} : {2}, depuis le {3}",
        kind => kind == LockKind.SecurityCode ? "code de sécurité" : "mot de passe",
        "- aucun",
        "- et {0} de plus",
        "Le rapport complet est servi par GET /api/audit/unlock-reports/latest.");

    private static readonly Texts English = new(
        "Unlock audit {0}, from {1} to {2} (revision {3}, {4})",
        trigger => trigger == AuditTrigger.Schedule ? "scheduled run" : "on-demand run",
        "Accounts locked now: {0} (password: {1}, security code: {2})",
        "In the period: {0} lock(s), {1} unlock(s)",
        "Audit actions: {0} timed lock(s) ended, {1} temporary password(s) expired, {2} account(s) disabled for inactivity",
        "Errors: {0}",
        "Anomalies: {0}",
        "{0}: {1} locks in the period",
        "{0}: account {1} locked again on {2}, after an unlock on {3}",
        "{0}: account {1} unlocked without a reason on {2} by {3} ({4})",
        "{0}: security code lock of account {1} lifted on {2} by {3} ({4}), who is not support",
        "Locked accounts:",
        "{0} / {1}: {2}, since {3}",
        kind => kind == LockKind.SecurityCode ? "security code" : "password",
        "- none",
        "- and {0} more",
        "The full report is served by GET /api/audit/unlock-reports/latest.");
}
