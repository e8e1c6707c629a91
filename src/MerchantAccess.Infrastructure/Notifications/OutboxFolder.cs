using System.Globalization;

namespace MerchantAccess.Infrastructure.Notifications;

/// <summary>
/// The outbox folder of the file transports. A file is named by its time and its operation id
/// (<c>yyyyMMdd-HHmmssfff-{operationId}.{extension}</c>), so files sort in the order they were
/// sent. An operation id is written once, even by two handlers at the same moment, because each
/// write first creates a claim file named by the id.
/// </summary>
internal static class OutboxFolder
{
    /// <summary>
    /// Writes <paramref name="content"/> for <paramref name="operationId"/> and returns <c>true</c>,
    /// or returns <c>false</c> without writing when the operation was already written.
    /// </summary>
    public static async Task<bool> TryWriteAsync(string path, string operationId, string extension, string content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(path);
        var claims = Path.Combine(folder, ".claims");
        Directory.CreateDirectory(claims);

        // Creating the claim fails when it exists, which makes the check and the claim one step.
        // Claims sit in a hidden folder so that the outbox shows only the messages.
        var claim = Path.Combine(claims, $"{operationId}.{extension}");
        try
        {
            await using (new FileStream(claim, FileMode.CreateNew, FileAccess.Write))
            {
            }
        }
        catch (IOException) when (File.Exists(claim))
        {
            return false;
        }

        try
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd-HHmmssfff}-{operationId}.{extension}");

            // Write beside the target and rename, so a reader never sees a half-written file.
            var temporary = Path.Combine(folder, name + ".tmp");
            await File.WriteAllTextAsync(temporary, content, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name), overwrite: true);
            return true;
        }
        catch
        {
            // Without the file the claim would stop every retry; releasing it lets the next one write.
            File.Delete(claim);
            throw;
        }
    }
}
