namespace MerchantAccess.Testing;

/// <summary>The outbox folder of a test host: <c>.eml</c> files for e-mails, <c>.json</c> files for SMS.</summary>
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
    public Task<OutboxEmail> WaitForEmailAsync(string address, int count = 1) =>
        WaitForAsync(() => EmailsTo(address), count, found => $"{address} received {found} e-mail(s) in {Path}, expected {count}.");

    /// <summary>The credentials e-mails to <paramref name="address"/>: those that give a temporary password.</summary>
    public IReadOnlyList<OutboxEmail> CredentialsTo(string address) =>
        EmailsTo(address).Where(email => email.CarriesTemporaryPassword).ToList();

    /// <summary>
    /// Waits until <paramref name="address"/> has received <paramref name="count"/> credentials
    /// e-mails, and returns the newest; notices such as password-change confirmations do not count.
    /// </summary>
    public Task<OutboxEmail> WaitForCredentialsAsync(string address, int count = 1) =>
        WaitForAsync(() => CredentialsTo(address), count, found => $"{address} received {found} credentials e-mail(s) in {Path}, expected {count}.");

    public IReadOnlyList<OutboxSms> Sms() =>
        Directory.Exists(Path)
            ? Directory.GetFiles(Path, "*.json").Order(StringComparer.Ordinal).Select(OutboxSms.Read).ToList()
            : [];

    public IReadOnlyList<OutboxSms> SmsTo(string phoneNumber) =>
        Sms().Where(sms => sms.To == phoneNumber).ToList();

    /// <summary>Waits until <paramref name="phoneNumber"/> has received <paramref name="count"/> SMS, and returns the newest.</summary>
    public Task<OutboxSms> WaitForSmsAsync(string phoneNumber, int count = 1) =>
        WaitForAsync(() => SmsTo(phoneNumber), count, found => $"{phoneNumber} received {found} SMS in {Path}, expected {count}.");

    private static async Task<T> WaitForAsync<T>(Func<IReadOnlyList<T>> read, int count, Func<int, string> failure)
    {
        IReadOnlyList<T> found = [];
        await Eventually.UntilAsync(() => (found = read()).Count >= count, () => failure(found.Count));
        return found[^1];
    }
}
