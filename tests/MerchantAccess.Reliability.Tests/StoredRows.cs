using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace MerchantAccess.Reliability.Tests;

/// <summary>Reads what a host stored: every row of its tables and every message of its queues, as text.</summary>
public static class StoredRows
{
    /// <summary>The rows of the host's tables whose name ends with one of <paramref name="tables"/>, or of all its tables.</summary>
    public static async Task<SortedSet<string>> ReadTablesAsync(RecordedHost host, params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(host);

        var service = new TableServiceClient(host.ConnectionString);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync(TableClient.CreateQueryFilter($"TableName ge {host.TablePrefix} and TableName lt {host.TablePrefix + "~"}")))
        {
            if (tables.Length > 0 && !tables.Any(name => table.Name == host.TablePrefix + name))
            {
                continue;
            }

            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows.Add(table.Name + " " + string.Join('\n', row.Where(pair => pair.Key != "odata.etag").OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}")));
            }
        }

        return rows;
    }

    /// <summary>The messages of the host's delivery queue and poison queue, raw and base64-decoded, without removing them.</summary>
    public static async Task<List<string>> ReadQueuesAsync(RecordedHost host)
    {
        ArgumentNullException.ThrowIfNull(host);

        var texts = new List<string>();
        foreach (var name in new[] { host.QueueName, host.QueueName + "-poison" })
        {
            var queue = new QueueClient(host.ConnectionString, name);
            if (!await queue.ExistsAsync())
            {
                continue;
            }

            // Peeking returns at most 32 messages, so the rest are read by receiving them with a
            // visibility long enough to see each message once.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while ((await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } messages)
            {
                foreach (var message in messages.Where(message => seen.Add(message.MessageId)))
                {
                    texts.Add(message.MessageText);
                    texts.Add(Decode(message.MessageText));
                }
            }
        }

        return texts;
    }

    private static string Decode(string text)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            return text;
        }
    }
}
