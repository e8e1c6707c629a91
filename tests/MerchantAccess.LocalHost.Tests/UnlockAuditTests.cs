using System.Text.Json.Nodes;
using Azure.Data.Tables;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The unlock audit through the local host, with the host's clock under test control: scheduled
/// and on-demand runs, what they change, the report and its summary e-mail.
/// </summary>
public sealed class UnlockAuditTests
{
    private const string SupportMailbox = "audit-support@banque.example";
    private const string ReportsPath = "/api/audit/unlock-reports";
    private const string LatestPath = "/api/audit/unlock-reports/latest";

    /// <summary>A schedule that the tests' clock never reaches (1 January at midnight), so only the tests start runs.</summary>
    private const string DormantSchedule = "0 0 0 1 1 *";

    private static readonly DateTimeOffset Start = new(2030, 3, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Latest_report_before_first_run_is_not_found()
    {
        await using var host = await StartAsync(new FakeTimeProvider(Start));
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);

        var latest = await host.Client.GetJsonAsync(LatestPath, support);

        Assert.Equal((404, "not_found"), (latest.Status, latest.String("code")));
    }

    [Theory]
    [InlineData("2030-03-05", 200, null)]
    [InlineData("2030-03-04", 404, "not_found")]
    [InlineData("2030-02-30", 400, "validation_failed")]
    [InlineData("05-03-2030", 400, "validation_failed")]
    public async Task Day_report_is_read_by_date(string day, int status, string? code)
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await StartAsync(time);
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        await host.Client.PostJsonAsync(ReportsPath, null, support);

        var report = await host.Client.GetJsonAsync($"{ReportsPath}/{day}", support);
        var latest = await host.Client.GetJsonAsync(LatestPath, support);

        Assert.Equal(status, report.Status);
        Assert.Equal(code, report.String("code"));
        Assert.Equal(status == 200 ? "2030-03-05" : null, report.String("id"));
        Assert.Equal("2030-03-05", latest.String("id"));
    }

    [Fact]
    public async Task Audit_routes_are_for_support_only()
    {
        await using var host = await StartAsync(new FakeTimeProvider(Start));
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);

        var runByAdmin = await host.Client.PostJsonAsync(ReportsPath, null, admin);
        var latestByAdmin = await host.Client.GetJsonAsync(LatestPath, admin);
        var anonymous = await host.Client.PostJsonAsync(ReportsPath, null);
        var dayByAdmin = await host.Client.GetJsonAsync(ReportsPath + "/2030-03-04", admin);
        var latestAfterRejections = await host.Client.GetJsonAsync(LatestPath, support);

        Assert.Equal((403, "forbidden"), (runByAdmin.Status, runByAdmin.String("code")));
        Assert.Equal((403, "forbidden"), (latestByAdmin.Status, latestByAdmin.String("code")));
        Assert.Equal((403, "forbidden"), (dayByAdmin.Status, dayByAdmin.String("code")));
        Assert.Equal((401, "unauthorized"), (anonymous.Status, anonymous.String("code")));
        Assert.Equal(404, latestAfterRejections.Status);
    }

    [Fact]
    public async Task On_demand_run_reports_today_and_replaces_it()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await StartAsync(time);
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var clerkId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontClerk);
        await ScenarioSteps.LockWithWrongCodesAsync(host, admin, clerkId, DupontClerk, DupontClerkEmail);
        time.Advance(TimeSpan.FromMinutes(1));

        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var first = await host.Client.PostJsonAsync(ReportsPath, null, support);
        var firstReport = await host.Client.GetJsonAsync(LatestPath, support);

        // A summary still queued when a newer revision replaces the report is skipped by design, so
        // the first one must go before the second run for each revision to mail its own.
        await WaitForSummarySentAsync(host, support);
        time.Advance(TimeSpan.FromHours(1));
        support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var second = await host.Client.PostJsonAsync(ReportsPath, null, support);
        var secondReport = await host.Client.GetJsonAsync(LatestPath, support);
        var clerkEvents = await ScenarioSteps.EventTypesAsync(host.Client, support, clerkId);

        Assert.Equal(202, first.Status);
        Assert.Equal("2030-03-05", first.String("reportId"));
        Assert.Equal(1, first.Int("revision"));
        Assert.Equal(1, first.Json!["counts"]!["codeLocks"]!.GetValue<int>());
        var locked = Assert.Single(Items(firstReport, "currentLocks"));
        Assert.Equal((clerkId, DupontClerk, "securityCode"), (Text(locked, "userId"), Text(locked, "login"), Text(locked, "kind")));
        var lockActivity = Assert.Single(Items(firstReport, "lockActivity"));
        Assert.Equal(("locked", "merchant", "securityCode"), (Text(lockActivity, "kind"), Text(lockActivity, "actorRole"), Text(lockActivity, "lockKind")));
        Assert.Equal("onDemand", firstReport.String("trigger"));
        Assert.False(firstReport.Json!["period"]!["complete"]!.GetValue<bool>());
        Assert.Equal(202, second.Status);
        Assert.Equal(("2030-03-05", 2), (secondReport.String("id"), secondReport.Int("revision")));
        Assert.Equal(Start.AddMinutes(61), secondReport.Json!["period"]!["to"]!.GetValue<DateTimeOffset>());
        Assert.Single(clerkEvents, type => type == AccountEventTypes.AccountLocked);
        await host.Outbox.WaitForEmailAsync(SupportMailbox, count: 2);
    }

    [Fact]
    public async Task Scheduled_run_reports_previous_day_once()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await StartAsync(time, settings => settings["UnlockAuditSchedule"] = "0 0 6 * * *");
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var clerkId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontClerk);
        await ScenarioSteps.LockWithWrongCodesAsync(host, admin, clerkId, DupontClerk, DupontClerkEmail);

        // Passing 06:00 fires the schedule; the admin endpoint then fires it a second time, as a
        // restart of the host would.
        time.SetUtcNow(new DateTimeOffset(2030, 3, 6, 6, 0, 1, TimeSpan.Zero));
        await WaitForLogAsync(host, LogEventIds.AuditFinished, count: 1);
        var secondFiring = await host.Client.PostAsync("/admin/functions/UnlockAudit", null);
        var summary = await host.Outbox.WaitForEmailAsync(SupportMailbox);
        await ScenarioSteps.WaitForEmptyQueueAsync(host);
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var report = await WaitForSummarySentAsync(host, support);
        var clerkEvents = await ScenarioSteps.EventTypesAsync(host.Client, support, clerkId);

        Assert.Equal(202, (int)secondFiring.StatusCode);
        Assert.Equal(2, host.Logs.Entries.Count(entry => entry.EventId == LogEventIds.AuditFinished));
        Assert.Single(host.Logs.Entries, entry => entry.EventId == LogEventIds.AuditReportKept);
        Assert.Equal("2030-03-05", report.String("id"));
        Assert.True(report.Json!["generatedAt"]!.GetValue<DateTimeOffset>() >= new DateTimeOffset(2030, 3, 6, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(("schedule", 1), (report.String("trigger"), report.Int("revision")));
        Assert.True(report.Json!["period"]!["complete"]!.GetValue<bool>());
        Assert.Equal(new DateTimeOffset(2030, 3, 5, 0, 0, 0, TimeSpan.Zero), report.Json["period"]!["from"]!.GetValue<DateTimeOffset>());
        Assert.Single(Items(report, "lockActivity"), activity => Text(activity, "userId") == clerkId);
        Assert.Single(host.Outbox.EmailsTo(SupportMailbox));
        Assert.Contains("2030-03-05", summary.Subject, StringComparison.Ordinal);
        Assert.Contains("Comptes verrouillés actuellement : 1", summary.PlainText, StringComparison.Ordinal);
        Assert.Contains("Accounts locked now: 1", summary.PlainText, StringComparison.Ordinal);
        Assert.Contains($"Boulangerie Dupont / {DupontClerk}", summary.PlainText, StringComparison.Ordinal);
        Assert.Single(clerkEvents, type => type == AccountEventTypes.AccountLocked);
    }

    [Fact]
    public async Task Timed_lock_ends_once_with_system_event()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await StartAsync(time, settings => settings["MerchantAccess:Accounts:TimedPasswordLockDuration"] = "00:30:00");
        for (var i = 0; i < 3; i++)
        {
            await host.Client.PostJsonAsync("/api/auth/login", new { login = SurfClerk, password = "Wetsuit2026Wrong" });
        }

        time.Advance(TimeSpan.FromMinutes(31));
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var clerkId = await ScenarioSteps.FindUserIdAsync(host.Client, support, SurfClerk);
        var lockedBefore = (await host.Client.GetJsonAsync($"/api/users/{clerkId}", support)).String("state");
        await host.Client.PostJsonAsync(ReportsPath, null, support);
        await host.Client.PostJsonAsync(ReportsPath, null, support);
        var report = await host.Client.GetJsonAsync(LatestPath, support);
        var state = (await host.Client.GetJsonAsync($"/api/users/{clerkId}", support)).String("state");
        var events = await ScenarioSteps.AllEventsAsync(host.Client, support, clerkId);

        Assert.Equal("passwordLocked", lockedBefore);
        Assert.Equal("active", state);
        var unlock = Assert.Single(events, item => Text(item, "type") == AccountEventTypes.AccountUnlocked);
        Assert.Equal(("system", "timedLockExpired"), (Text(unlock, "actorRole"), Text(unlock, "reason")));
        var action = Assert.Single(Items(report, "actions"));
        Assert.Equal(("timedLockEnded", clerkId), (Text(action, "kind"), Text(action, "userId")));
        Assert.Empty(Items(report, "currentLocks"));
        Assert.Equal(2, report.Int("revision"));
    }

    [Fact]
    public async Task Expired_temporary_password_is_marked_once()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await StartAsync(time);
        var admin = await host.Client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var accountantId = await ScenarioSteps.FindUserIdAsync(host.Client, admin, DupontAccountant);
        await ScenarioSteps.ResetAsync(host.Client, admin, accountantId);
        var credentials = await host.Outbox.WaitForEmailAsync(DupontAccountantEmail);

        time.Advance(TimeSpan.FromHours(25));
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        await host.Client.PostJsonAsync(ReportsPath, null, support);
        await host.Client.PostJsonAsync(ReportsPath, null, support);
        var report = await host.Client.GetJsonAsync(LatestPath, support);
        var events = await ScenarioSteps.AllEventsAsync(host.Client, support, accountantId);
        var account = await LoadAsync(host, accountantId);
        var markers = await ReadMarkersAsync(host, account.CompanyId, "tmp|", accountantId);
        var signIn = await host.Client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = credentials.TemporaryPassword });

        var expired = Assert.Single(events, item => Text(item, "type") == AccountEventTypes.TemporaryPasswordExpired);
        Assert.Equal("system", Text(expired, "actorRole"));
        Assert.Equal(AccountState.ResetPending, account.State);
        Assert.NotNull(account.Reset!.ExpiredAt);
        Assert.Null(account.Reset.SealedTemporaryPassword);
        Assert.Empty(markers);
        Assert.Single(Items(report, "actions"), action => Text(action, "kind") == "temporaryPasswordExpired" && Text(action, "userId") == accountantId);
        Assert.Equal((401, "invalid_credentials"), (signIn.Status, signIn.String("code")));
    }

    [Fact]
    public async Task Unused_accounts_are_disabled_after_ninety_days()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await StartAsync(time, settings => settings["MerchantAccess:Accounts:PasswordMaxAge"] = "365.00:00:00");

        time.Advance(TimeSpan.FromDays(89));
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var early = await host.Client.PostJsonAsync(ReportsPath, null, support);
        time.Advance(TimeSpan.FromDays(2));
        support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);
        var due = await host.Client.PostJsonAsync(ReportsPath, null, support);
        var again = await host.Client.PostJsonAsync(ReportsPath, null, support);
        var clerkId = await ScenarioSteps.FindUserIdAsync(host.Client, support, DupontClerk);
        var clerk = await host.Client.GetJsonAsync($"/api/users/{clerkId}", support);
        var events = await ScenarioSteps.AllEventsAsync(host.Client, support, clerkId);
        var markers = await ReadMarkersAsync(host, clerk.String("companyId")!, "act|", clerkId);
        var signIn = await host.Client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password = DupontClerkPassword });

        Assert.Equal(0, early.Json!["counts"]!["accountsDisabled"]!.GetValue<int>());
        Assert.Equal(6, due.Json!["counts"]!["accountsDisabled"]!.GetValue<int>());
        Assert.Equal(6, again.Json!["counts"]!["accountsDisabled"]!.GetValue<int>());
        Assert.Equal("disabled", clerk.String("state"));
        var disabled = Assert.Single(events, item => Text(item, "type") == AccountEventTypes.AccountDisabled);
        Assert.Equal(("system", "inactivity"), (Text(disabled, "actorRole"), Text(disabled, "reason")));
        Assert.Equal("90", disabled["details"]!["inactivityLimitDays"]!.GetValue<string>());
        Assert.Empty(markers);
        Assert.Equal((403, "account_disabled"), (signIn.Status, signIn.String("code")));
    }

    [Fact]
    public async Task Anomalies_are_flagged_and_admin_reset_is_not()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 3, 4, 22, 0, 0, TimeSpan.Zero));
        await using var host = await StartAsync(time, settings => settings["MerchantAccess:Audit:CompanyLockThreshold"] = "2");
        var client = host.Client;

        // The day before the period: a code lock at 22:00, lifted by support at 23:00.
        var dupontAdmin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var clerkId = await ScenarioSteps.FindUserIdAsync(client, dupontAdmin, DupontClerk);
        var accountantId = await ScenarioSteps.FindUserIdAsync(client, dupontAdmin, DupontAccountant);
        await ScenarioSteps.LockWithWrongCodesAsync(host, dupontAdmin, clerkId, DupontClerk, DupontClerkEmail);
        time.SetUtcNow(new DateTimeOffset(2030, 3, 4, 23, 0, 0, TimeSpan.Zero));
        var support = await client.SignInAsync(SupportAgent, SupportAgentPassword);
        var unlocked = await client.PostJsonAsync($"/api/users/{clerkId}/unlock", new { reason = "Identité vérifiée par téléphone" }, support);

        // Outbox files are named by the host's clock, so this e-mail must be written before it moves on.
        await host.Outbox.WaitForEmailAsync(DupontClerkEmail, count: 2);

        // In the period: the clerk is locked again two hours after the unlock.
        time.SetUtcNow(new DateTimeOffset(2030, 3, 5, 1, 0, 0, TimeSpan.Zero));
        dupontAdmin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        await ScenarioSteps.LockWithWrongCodesAsync(host, dupontAdmin, clerkId, DupontClerk, DupontClerkEmail, emailCount: 3);

        // Unlocks that the API never records, as a faulty writer or a direct edit of storage would leave them.
        time.SetUtcNow(new DateTimeOffset(2030, 3, 5, 2, 0, 0, TimeSpan.Zero));
        var accountant = await LoadAsync(host, accountantId);
        var withoutReason = UnlockEvent(accountant, time.GetUtcNow(), LockKind.Password, "support", reason: null);
        var byMerchant = UnlockEvent(accountant, time.GetUtcNow(), LockKind.SecurityCode, "merchant", reason: "Appel du client");
        await host.Services.GetRequiredService<IAccountStore>().AppendEventsAsync([withoutReason, byMerchant], CancellationToken.None);

        // Two password locks at Atlantic Surf; the administrator's reset lifts one, as the product allows.
        time.SetUtcNow(new DateTimeOffset(2030, 3, 5, 3, 0, 0, TimeSpan.Zero));
        await LockWithWrongPasswordsAsync(client, SurfClerk);
        time.Advance(TimeSpan.FromMinutes(1));
        await LockWithWrongPasswordsAsync(client, SurfStockKeeper);
        time.Advance(TimeSpan.FromMinutes(1));
        var surfAdmin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var surfClerkId = await ScenarioSteps.FindUserIdAsync(client, surfAdmin, SurfClerk);
        var adminReset = await ScenarioSteps.ResetAsync(client, surfAdmin, surfClerkId);

        time.SetUtcNow(new DateTimeOffset(2030, 3, 6, 6, 30, 0, TimeSpan.Zero));
        var run = await client.PostAsync("/admin/functions/UnlockAudit", null);
        support = await client.SignInAsync(SupportAgent, SupportAgentPassword);
        var report = await client.GetJsonAsync(LatestPath, support);
        var anomalies = Items(report, "anomalies");
        var activity = Items(report, "lockActivity");

        Assert.True(unlocked.Status == 200, unlocked.Text);
        Assert.Equal(200, adminReset.Status);
        Assert.Equal(202, (int)run.StatusCode);
        Assert.Equal("2030-03-05", report.String("id"));
        Assert.Equal(
            ["codeUnlockByNonSupport", "relockedAfterUnlock", "unlockWithoutReason", "unusualLockCount"],
            anomalies.Select(anomaly => Text(anomaly, "kind")).Order(StringComparer.Ordinal));
        var relocked = anomalies.Single(anomaly => Text(anomaly, "kind") == "relockedAfterUnlock");
        Assert.Equal(clerkId, Text(relocked, "userId"));
        Assert.Equal(new DateTimeOffset(2030, 3, 4, 23, 0, 0, TimeSpan.Zero), relocked["previousUnlockAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(byMerchant.Id, Text(anomalies.Single(anomaly => Text(anomaly, "kind") == "codeUnlockByNonSupport"), "eventId"));
        Assert.Equal(withoutReason.Id, Text(anomalies.Single(anomaly => Text(anomaly, "kind") == "unlockWithoutReason"), "eventId"));
        var spike = anomalies.Single(anomaly => Text(anomaly, "kind") == "unusualLockCount");
        Assert.Equal(("Atlantic Surf Shop", 2), (Text(spike, "companyName"), spike["lockCount"]!.GetValue<int>()));
        var resetUnlock = activity.Single(item => Text(item, "userId") == surfClerkId && Text(item, "kind") == "unlocked");
        Assert.Equal(("merchant", "passwordReset"), (Text(resetUnlock, "actorRole"), Text(resetUnlock, "reason")));
        Assert.DoesNotContain(anomalies, anomaly => Text(anomaly, "eventId") == Text(resetUnlock, "eventId"));
        Assert.All(activity, item => Assert.True(item["occurredAt"]!.GetValue<DateTimeOffset>() >= new DateTimeOffset(2030, 3, 5, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Failing_account_is_logged_and_others_continue()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await StartAsync(time, settings => settings["MerchantAccess:Accounts:PasswordMaxAge"] = "365.00:00:00");
        var store = host.Services.GetRequiredService<IAccountStore>();
        var dupont = (await store.ListCompaniesAsync(CancellationToken.None)).Single(company => company.Name == "Boulangerie Dupont");

        // A user row that cannot be read, listed by an activity marker as long unused.
        var brokenId = Identifiers.New();
        var accounts = ScenarioSteps.AccountsTable(host);
        await accounts.AddEntityAsync(new TableEntity(dupont.Id, TableKeys.User(brokenId)) { ["UserId"] = brokenId, ["State"] = "NoSuchState" });
        var oldDay = TableKeys.Activity(new DateTimeOffset(Start.AddDays(-400).UtcDateTime.Date, TimeSpan.Zero), brokenId);
        await accounts.AddEntityAsync(new TableEntity(dupont.Id, oldDay) { ["UserId"] = brokenId });
        time.Advance(TimeSpan.FromDays(91));
        var support = await host.Client.SignInAsync(SupportAgent, SupportAgentPassword);

        var run = await host.Client.PostJsonAsync(ReportsPath, null, support);
        var report = await host.Client.GetJsonAsync(LatestPath, support);

        Assert.Equal(202, run.Status);
        var error = Assert.Single(Items(report, "errors"));
        Assert.Equal((brokenId, dupont.Id, "accountDisabled"), (Text(error, "userId"), Text(error, "companyId"), Text(error, "action")));
        Assert.Equal(6, run.Json!["counts"]!["accountsDisabled"]!.GetValue<int>());
        var logged = Assert.Single(host.Logs.Entries, entry => entry.EventId == LogEventIds.AuditAccountChangeFailed);
        Assert.Contains(brokenId, logged.Message, StringComparison.Ordinal);
        Assert.Contains(dupont.Id, logged.Message, StringComparison.Ordinal);
        Assert.NotNull(logged.Exception);
    }

    private static Task<LocalHostInstance> StartAsync(FakeTimeProvider time, Action<Dictionary<string, string?>>? adjust = null) =>
        LocalHostInstance.StartAsync(
            settings =>
            {
                settings["MerchantAccess:Delivery:SupportMailbox"] = SupportMailbox;
                settings["UnlockAuditSchedule"] = DormantSchedule;
                adjust?.Invoke(settings);
            },
            time: time);

    private static async Task LockWithWrongPasswordsAsync(HttpClient client, string login)
    {
        for (var i = 0; i < 3; i++)
        {
            await client.PostJsonAsync("/api/auth/login", new { login, password = "Wrong2026Password" });
        }
    }

    private static AccountEvent UnlockEvent(UserAccount target, DateTimeOffset at, LockKind kind, string actorRole, string? reason) => new()
    {
        Type = AccountEventTypes.AccountUnlocked,
        OccurredAt = at,
        CompanyId = target.CompanyId,
        TargetUserId = target.Id,
        ActorId = Identifiers.New(),
        ActorRole = actorRole,
        Outcome = EventOutcome.Success,
        Reason = reason,
        Details = AccountEvents.LockDetails(kind),
    };

    private static async Task<UserAccount> LoadAsync(LocalHostInstance host, string userId)
    {
        var store = host.Services.GetRequiredService<IAccountStore>();
        var companyId = await store.FindCompanyOfUserAsync(userId, CancellationToken.None);
        return (await store.LoadAsync(companyId!, userId, CancellationToken.None))!.User;
    }

    /// <summary>Reads the marker rows of one kind (row key prefix) that name <paramref name="userId"/>.</summary>
    private static async Task<List<TableEntity>> ReadMarkersAsync(LocalHostInstance host, string companyId, string prefix, string userId)
    {
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey ge {prefix} and RowKey lt {end} and UserId eq {userId}");
        var rows = new List<TableEntity>();
        await foreach (var row in ScenarioSteps.AccountsTable(host).QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<ApiResponse> WaitForSummarySentAsync(LocalHostInstance host, string supportToken)
    {
        ApiResponse? report = null;
        await Eventually.UntilAsync(
            async () => (report = await host.Client.GetJsonAsync(LatestPath, supportToken)).Json?["summary"]?["sentAt"] is not null,
            () => $"The summary of the report was not marked sent: {report?.Text}");
        return report!;
    }

    private static Task WaitForLogAsync(LocalHostInstance host, int eventId, int count) =>
        Eventually.UntilAsync(
            () => host.Logs.Entries.Count(entry => entry.EventId == eventId) >= count,
            () => $"Log event {eventId} was not written {count} time(s).");

    private static List<JsonNode> Items(ApiResponse response, string member) =>
        response.Json![member]!.AsArray().Select(item => item!).ToList();

    private static string? Text(JsonNode node, string member) => node[member]?.GetValue<string>();
}
