using System.Text.Json;

namespace MerchantAccess.LocalHost.Configuration;

/// <summary>
/// Reads the <c>Values</c> of a <c>local.settings.json</c> file, as Azure Functions Core Tools does,
/// into configuration keys: <c>__</c> in a name separates sections, like in environment variables.
/// </summary>
public static class LocalSettingsFile
{
    /// <exception cref="InvalidDataException">The file is not valid JSON or its <c>Values</c> is not an object of strings.</exception>
    public static Dictionary<string, string?> Read(string path)
    {
        using var document = ParseDocument(path);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (!document.RootElement.TryGetProperty("Values", out var section))
        {
            return values;
        }

        if (section.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"'Values' in {path} must be an object of setting names and values.");
        }

        foreach (var setting in section.EnumerateObject())
        {
            values[setting.Name.Replace("__", ":", StringComparison.Ordinal)] = setting.Value.ValueKind switch
            {
                JsonValueKind.String => setting.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => setting.Value.GetRawText(),
                _ => throw new InvalidDataException($"The setting {setting.Name} in {path} must be a string, a number or a boolean."),
            };
        }

        return values;
    }

    private static JsonDocument ParseDocument(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {exception.Message}", exception);
        }
    }
}
