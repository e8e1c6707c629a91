namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// Reads everything a host wrote (every table row of its prefix, every message of its delivery
/// queue and poison queue, every log line with its exception) and finds the secrets in it.
/// </summary>
public static class SecretsScan
{
    /// <summary>Returns what was read from <paramref name="host"/> and each secret found in it, with where.</summary>
    public static async Task<SecretsScanResult> ScanAsync(RecordedHost host, IReadOnlyDictionary<string, string> secrets)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(secrets);

        var rows = await StoredRows.ReadTablesAsync(host);
        var messages = await StoredRows.ReadQueuesAsync(host);
        var logLines = host.Logs.Entries.Select(entry => $"{entry.Category} {entry.EventId} {entry.Message} {entry.Exception}").ToList();
        var leaks = new List<string>();
        foreach (var (secret, kind) in secrets)
        {
            leaks.AddRange(rows.Where(row => Contains(row, secret)).Select(row => $"a {kind} in the table row {Head(row)}"));
            leaks.AddRange(messages.Where(message => Contains(message, secret)).Select(message => $"a {kind} in the queue message {Head(message)}"));
            leaks.AddRange(logLines.Where(line => Contains(line, secret)).Select(line => $"a {kind} in the log line {Head(line)}"));
        }

        return new SecretsScanResult(rows.Count, messages.Count / 2, logLines.Count, leaks);
    }

    private static bool Contains(string text, string secret) => text.Contains(secret, StringComparison.OrdinalIgnoreCase);

    private static string Head(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

/// <summary>How many rows, queue messages and log lines a scan read, and the secrets it found.</summary>
public sealed record SecretsScanResult(int Rows, int Messages, int LogLines, IReadOnlyList<string> Leaks);
