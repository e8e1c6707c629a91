using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace MerchantAccess.Functions;

/// <summary>
/// The settings of <c>host.json</c> that the app and the local host need, read the way the Functions
/// host reads them: the file beside the app, overridden by app settings named
/// <c>AzureFunctionsJobHost__path__to__setting</c>.
/// </summary>
public sealed class HostJsonSettings
{
    /// <summary>Prefix of HTTP routes (<c>extensions.http.routePrefix</c>); the host's default is <c>api</c>.</summary>
    public string RoutePrefix { get; init; } = "api";

    /// <summary>Attempts of a queue message before it moves to the poison queue (<c>extensions.queues.maxDequeueCount</c>, default 5).</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>Delay before a failed message is visible again (<c>extensions.queues.visibilityTimeout</c>, default 0).</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>Longest wait between polls of an empty queue (<c>extensions.queues.maxPollingInterval</c>, default 1 minute).</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages fetched per poll (<c>extensions.queues.batchSize</c>, default 16, at most 32).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Reads <c>host.json</c> from <paramref name="directory"/> and applies overrides from <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidDataException">host.json exists but is not valid JSON, or a value has the wrong format.</exception>
    public static HostJsonSettings Load(string directory, IConfiguration? configuration = null)
    {
        var path = Path.Combine(directory, "host.json");
        JsonNode? root = null;
        if (File.Exists(path))
        {
            try
            {
                root = JsonNode.Parse(File.ReadAllText(path));
            }
            catch (System.Text.Json.JsonException exception)
            {
                throw new InvalidDataException($"{path} is not valid JSON: {exception.Message}", exception);
            }
        }

        string? Read(string defaultValue, params string[] pathInFile)
        {
            var fromSettings = configuration?["AzureFunctionsJobHost:" + string.Join(':', pathInFile)];
            if (fromSettings is not null)
            {
                return fromSettings;
            }

            JsonNode? node = root;
            foreach (var segment in pathInFile)
            {
                node = node?[segment];
            }

            return node?.ToString() ?? defaultValue;
        }

        return new HostJsonSettings
        {
            RoutePrefix = (Read("api", "extensions", "http", "routePrefix") ?? "api").Trim('/'),
            MaxDequeueCount = ParseInt(Read("5", "extensions", "queues", "maxDequeueCount")!, "maxDequeueCount", path),
            VisibilityTimeout = ParseTime(Read("00:00:00", "extensions", "queues", "visibilityTimeout")!, "visibilityTimeout", path),
            MaxPollingInterval = ParseTime(Read("00:01:00", "extensions", "queues", "maxPollingInterval")!, "maxPollingInterval", path),
            BatchSize = Math.Clamp(ParseInt(Read("16", "extensions", "queues", "batchSize")!, "batchSize", path), 1, 32),
        };
    }

    private static int ParseInt(string value, string name, string path) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new InvalidDataException($"{name} in {path} must be a positive whole number; it is '{value}'.");

    private static TimeSpan ParseTime(string value, string name, string path) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed >= TimeSpan.Zero
            ? parsed
            : throw new InvalidDataException($"{name} in {path} must be a time span such as 00:00:02; it is '{value}'.");
}
