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
    public Task<OutboxEmail> WaitForEmailAsync(string address, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(() => EmailsTo(address), count, timeout, $"{address} received {{0}} e-mail(s) in {Path}, expected {count}.");

    /// <summary>The credentials e-mails to <paramref name="address"/>: those that give a temporary password.</summary>
    public IReadOnlyList<OutboxEmail> CredentialsTo(string address) =>
        EmailsTo(address).Where(email => email.CarriesTemporaryPassword).ToList();

    /// <summary>
    /// Waits until <paramref name="address"/> has received <paramref name="count"/> credentials
    /// e-mails, and returns the newest; notices such as password-change confirmations do not count.
    /// </summary>
    public Task<OutboxEmail> WaitForCredentialsAsync(string address, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(() => CredentialsTo(address), count, timeout, $"{address} received {{0}} credentials e-mail(s) in {Path}, expected {count}.");

    public IReadOnlyList<OutboxSms> Sms() =>
        Directory.Exists(Path)
            ? Directory.GetFiles(Path, "*.json").Order(StringComparer.Ordinal).Select(OutboxSms.Read).ToList()
            : [];

    public IReadOnlyList<OutboxSms> SmsTo(string phoneNumber) =>
        Sms().Where(sms => sms.To == phoneNumber).ToList();

    /// <summary>Waits until <paramref name="phoneNumber"/> has received <paramref name="count"/> SMS, and returns the newest.</summary>
    public Task<OutboxSms> WaitForSmsAsync(string phoneNumber, int count = 1, TimeSpan? timeout = null) =>
        WaitForAsync(() => SmsTo(phoneNumber), count, timeout, $"{phoneNumber} received {{0}} SMS in {Path}, expected {count}.");

    private static async Task<T> WaitForAsync<T>(Func<IReadOnlyList<T>> read, int count, TimeSpan? timeout, string failure)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = read();
            if (found.Count >= count)
            {
                return found[^1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(string.Format(System.Globalization.CultureInfo.InvariantCulture, failure, found.Count));
            }

            await Task.Delay(50);
        }
    }
}
