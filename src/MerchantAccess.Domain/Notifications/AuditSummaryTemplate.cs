using MerchantAccess.Domain.Delivery;

namespace MerchantAccess.Domain.Notifications;

/// <summary>Renders the e-mail that summarises an unlock audit report for the support mailbox.</summary>
public static class AuditSummaryTemplate
{
    /// <summary>Time zone of the support team, who read the summary.</summary>
    public const string SupportTimeZone = "Europe/Paris";

    /// <summary>
    /// Renders the summary of <paramref name="figures"/> to <paramref name="supportMailbox"/> in
    /// <paramref name="language"/> (French unless <c>en</c>). The subject gives the number of
    /// anomalies, so a report that needs attention is visible in the mailbox.
    /// </summary>
    public static EmailMessage Render(AuditSummaryFigures figures, string supportMailbox, string? language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentException.ThrowIfNullOrWhiteSpace(supportMailbox);

        var resolved = Language.Resolve(language);
        var start = LocalTime.Format(figures.PeriodStart, SupportTimeZone, resolved);
        var end = LocalTime.Format(figures.PeriodEnd, SupportTimeZone, resolved);
        var reportId = TextSanitizer.SingleLine(figures.ReportId);
        var locked = figures.PasswordLocks + figures.CodeLocks;

        var (subject, text) = resolved == Language.English
            ? (figures.Anomalies > 0 ? $"Unlock audit: {figures.Anomalies} anomalies to review" : "Unlock audit: no anomaly",
               $"""
               Hello,

               Here is the summary of the unlock audit from {start} to {end} (report {reportId}).

               Accounts locked now: {locked}
               - by wrong passwords: {figures.PasswordLocks}
               - by wrong company security codes: {figures.CodeLocks}
               Locks during the period: {figures.LocksInPeriod}
               Unlocks during the period: {figures.UnlocksInPeriod}
               Anomalies: {figures.Anomalies}

               Timed password locks ended: {figures.TimedLocksExpired}
               Temporary passwords expired: {figures.TemporaryPasswordsExpired}
               Accounts disabled after 90 days without use: {figures.InactiveAccountsDisabled}
               Companies reviewed: {figures.CompaniesScanned}

               The full report, with each lock, unlock and anomaly, is available to support agents in the Merchant Back Office.
               """)
            : (figures.Anomalies > 0 ? $"Audit des déverrouillages : {figures.Anomalies} anomalies à examiner" : "Audit des déverrouillages : aucune anomalie",
               $"""
               Bonjour,

               Voici le résumé de l'audit des déverrouillages du {start} au {end} (rapport {reportId}).

               Comptes verrouillés actuellement : {locked}
               - par mots de passe erronés : {figures.PasswordLocks}
               - par codes de sécurité erronés : {figures.CodeLocks}
               Verrouillages pendant la période : {figures.LocksInPeriod}
               Déverrouillages pendant la période : {figures.UnlocksInPeriod}
               Anomalies : {figures.Anomalies}

               Verrouillages temporaires terminés : {figures.TimedLocksExpired}
               Mots de passe temporaires expirés : {figures.TemporaryPasswordsExpired}
               Comptes désactivés après 90 jours sans utilisation : {figures.InactiveAccountsDisabled}
               Sociétés examinées : {figures.CompaniesScanned}

               Le rapport complet, avec chaque verrouillage, déverrouillage et anomalie, est consultable par les agents du support dans le Merchant Back Office.
               """);

        return EmailTemplates.Build(supportMailbox, resolved == Language.English ? "Merchant support" : "Support marchands", subject, text);
    }
}
