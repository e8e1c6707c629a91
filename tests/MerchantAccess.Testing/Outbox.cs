namespace MerchantAccess.Testing;

/// <summary>The outbox folder of a test host.</summary>
public sealed class Outbox(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<OutboxEmail> Emails() =>
        Directory.Exists(Path)
            ? Directory.GetFiles(Path, "*.eml").Order(StringComparer.Ordinal).Select(OutboxEmail.Read).ToList()
            : [];

    public IReadOnlyList<OutboxEmail> EmailsTo(string address) =>
        Emails().Where(email => string.Equals(email.To, address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Waits until <paramref name="address"/> has received <paramref name="count"/> e-mails, and returns the newest.</summary>
    public async Task<OutboxEmail> WaitForEmailAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var emails = EmailsTo(address);
            if (emails.Count >= count)
            {
                return emails[^1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{address} received {emails.Count} e-mail(s) in {Path}, expected {count}.");
            }

            await Task.Delay(50);
        }
    }
}
