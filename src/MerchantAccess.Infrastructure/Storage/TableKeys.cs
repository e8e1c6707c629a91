using System.Globalization;
using System.Text;

namespace MerchantAccess.Infrastructure.Storage;

/// <summary>
/// Builds the partition and row keys of the tables. Values typed by people (logins) are escaped,
/// because Table Storage forbids <c>/ \ # ?</c> and control characters in keys; the emulator
/// accepts some of them, so the escaping is ours to guarantee.
/// </summary>
public static class TableKeys
{
    /// <summary>Row key of the company row in its partition.</summary>
    public const string CompanyRow = "company";

    /// <summary>Partition of the directory rows that list companies.</summary>
    public const string CompaniesPartition = "company";

    private const string UserPrefix = "user|";
    private const string UserEventPrefix = "evu|";
    private const string TimelinePrefix = "evt|";
    private const string LockPrefix = "lock|";
    private const string ResetExpiryPrefix = "tmp|";
    private const string ActivityPrefix = "act|";
    private const string DeliveryReceiptPrefix = "dlv|";
    private const string QueuedDeliveryPrefix = "que|";

    public static string User(string userId) => UserPrefix + userId;

    /// <summary>The range of row keys of every user of a company.</summary>
    public static (string From, string To) Users() => Range(UserPrefix);

    /// <summary>
    /// Row key of an event in its user's history. Ticks are inverted so that a forward scan of the
    /// range reads the newest event first.
    /// </summary>
    public static string UserEvent(string userId, DateTimeOffset at, string eventId) =>
        string.Create(CultureInfo.InvariantCulture, $"{UserEventPrefix}{userId}|{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}|{eventId}");

    public static (string From, string To) UserEvents(string userId) => Range($"{UserEventPrefix}{userId}|");

    /// <summary>Row key of an event in the company's timeline, oldest first, read by the audit by period.</summary>
    public static string TimelineEvent(DateTimeOffset at, string eventId) =>
        string.Create(CultureInfo.InvariantCulture, $"{TimelinePrefix}{at.UtcTicks:D19}|{eventId}");

    public static (string From, string To) Timeline(DateTimeOffset from, DateTimeOffset to) =>
        (string.Create(CultureInfo.InvariantCulture, $"{TimelinePrefix}{from.UtcTicks:D19}"),
         string.Create(CultureInfo.InvariantCulture, $"{TimelinePrefix}{to.UtcTicks:D19}"));

    /// <summary>Row key of the marker that lists a locked account.</summary>
    public static string Lock(string userId) => LockPrefix + userId;

    public static (string From, string To) Locks() => Range(LockPrefix);

    /// <summary>Row key of the marker that lists a pending reset by the expiry of its temporary password.</summary>
    public static string ResetExpiry(DateTimeOffset expiresAt, string userId) =>
        string.Create(CultureInfo.InvariantCulture, $"{ResetExpiryPrefix}{expiresAt.UtcTicks:D19}|{userId}");

    /// <summary>Reads the expiry back from a row key built by <see cref="ResetExpiry"/>.</summary>
    public static DateTimeOffset ResetExpiryOf(string rowKey) => TicksAfter(rowKey, ResetExpiryPrefix);

    public static (string From, string To) ResetExpiriesBefore(DateTimeOffset instant) =>
        (ResetExpiryPrefix, string.Create(CultureInfo.InvariantCulture, $"{ResetExpiryPrefix}{instant.UtcTicks:D19}"));

    /// <summary>Row key of the marker that lists a user by the day of their last activity.</summary>
    public static string Activity(DateTimeOffset day, string userId) =>
        string.Create(CultureInfo.InvariantCulture, $"{ActivityPrefix}{day.UtcTicks:D19}|{userId}");

    public static (string From, string To) ActivityBefore(DateTimeOffset instant) =>
        (ActivityPrefix, string.Create(CultureInfo.InvariantCulture, $"{ActivityPrefix}{instant.UtcTicks:D19}"));

    /// <summary>Row key of the marker that lists a user whose delivery status is queued, by when it was queued.</summary>
    public static string QueuedDelivery(DateTimeOffset queuedAt, string userId) =>
        string.Create(CultureInfo.InvariantCulture, $"{QueuedDeliveryPrefix}{queuedAt.UtcTicks:D19}|{userId}");

    /// <summary>Reads the instant back from a row key built by <see cref="QueuedDelivery"/>.</summary>
    public static DateTimeOffset QueuedAtOf(string rowKey) => TicksAfter(rowKey, QueuedDeliveryPrefix);

    public static (string From, string To) QueuedDeliveriesBefore(DateTimeOffset instant) =>
        (QueuedDeliveryPrefix, string.Create(CultureInfo.InvariantCulture, $"{QueuedDeliveryPrefix}{instant.UtcTicks:D19}"));

    /// <summary>Row key of the receipt that records a delivery as sent, in the company partition.</summary>
    public static string DeliveryReceipt(string deliveryId) => DeliveryReceiptPrefix + Escape(deliveryId);

    /// <summary>Directory partition of a normalised login.</summary>
    public static string LoginEntry(string normalizedLogin) => "login|" + Escape(normalizedLogin);

    /// <summary>Directory partition that maps a user id to its company.</summary>
    public static string UserEntry(string userId) => "user|" + userId;

    /// <summary>
    /// Escapes a value for use in a key: <c>%</c>, the characters Table Storage forbids, and every
    /// control character become <c>%XX</c> (UTF-8 bytes, upper-case hexadecimal). The mapping is
    /// one to one, so two different values never share a key.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        var builder = new StringBuilder(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (MustEscape(rune))
            {
                var length = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..length])
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static bool MustEscape(Rune rune) =>
        rune.Value is '%' or '/' or '\\' or '#' or '?' || Rune.IsControl(rune);

    /// <summary>Reads the 19-digit UTC ticks that follow <paramref name="prefix"/> in a row key.</summary>
    private static DateTimeOffset TicksAfter(string rowKey, string prefix)
    {
        ArgumentNullException.ThrowIfNull(rowKey);

        var ticks = rowKey.AsSpan(prefix.Length, 19);
        return new DateTimeOffset(long.Parse(ticks, NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero);
    }

    /// <summary>The row keys that start with <paramref name="prefix"/>, as a half-open range.</summary>
    private static (string From, string To) Range(string prefix) =>
        (prefix, prefix[..^1] + (char)(prefix[^1] + 1));
}
