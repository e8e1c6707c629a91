using System.Text.Json;

namespace MerchantAccess.LocalHost.FrontEnd;

/// <summary>
/// The static front end the local host serves at <c>/</c>: its folder and the response headers
/// that <c>staticwebapp.config.json</c> gives to every file, so local runs and browser tests see
/// the same Content-Security-Policy as the Azure Static Web App.
/// </summary>
public sealed class FrontEndSite
{
    /// <summary>Setting that names the front end's folder; a relative path is taken from the working directory.</summary>
    public const string WebRootSetting = "MerchantAccess:LocalHost:WebRoot";

    /// <summary>Folder searched for in the working directory and its parents when <see cref="WebRootSetting"/> is not set.</summary>
    public const string DefaultFolderName = "web";

    public const string IndexFile = "index.html";

    private const string ConfigFile = "staticwebapp.config.json";

    private FrontEndSite(string root, IReadOnlyDictionary<string, string> headers)
    {
        Root = root;
        Headers = headers;
    }

    /// <summary>Full path of the folder that holds <c>index.html</c>.</summary>
    public string Root { get; }

    /// <summary>The <c>globalHeaders</c> of <c>staticwebapp.config.json</c>; empty when the file has none.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>
    /// Finds the front end. With <see cref="WebRootSetting"/> set, that folder must hold
    /// <c>index.html</c>. Without it, the first <c>web</c> folder holding <c>index.html</c> in
    /// <paramref name="contentRoot"/> or one of its parents is taken, which finds the repository's
    /// front end both from <c>./run.sh</c> at the root and from a test's output folder; none found
    /// returns <c>null</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The configured folder has no <c>index.html</c>.</exception>
    /// <exception cref="InvalidDataException"><c>staticwebapp.config.json</c> is not valid.</exception>
    public static FrontEndSite? Locate(string? configuredRoot, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);

        if (!string.IsNullOrWhiteSpace(configuredRoot))
        {
            var root = Path.GetFullPath(configuredRoot, contentRoot);
            if (!File.Exists(Path.Combine(root, IndexFile)))
            {
                throw new InvalidOperationException(
                    $"The setting {WebRootSetting.Replace(":", "__", StringComparison.Ordinal)} names {root}, which has no {IndexFile}. Point it at the front end's folder or remove it.");
            }

            return Load(root);
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefaultFolderName);
            if (File.Exists(Path.Combine(candidate, IndexFile)))
            {
                return Load(candidate);
            }
        }

        return null;
    }

    private static FrontEndSite Load(string root) => new(root, ReadGlobalHeaders(Path.Combine(root, ConfigFile)));

    private static Dictionary<string, string> ReadGlobalHeaders(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return headers;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.TryGetProperty("globalHeaders", out var section))
            {
                foreach (var header in section.EnumerateObject())
                {
                    headers[header.Name] = header.Value.GetString() ?? "";
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not valid: 'globalHeaders' must be an object of header names and string values. {exception.Message}", exception);
        }

        return headers;
    }
}
