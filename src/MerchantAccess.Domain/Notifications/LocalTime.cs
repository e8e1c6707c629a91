using System.Globalization;

namespace MerchantAccess.Domain.Notifications;

/// <summary>Formats instants in a user's time zone and language for messages.</summary>
public static class LocalTime
{
    public static string Format(DateTimeOffset instant, string timeZoneId, string language)
    {
        var zone = FindZone(timeZoneId);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return language == Language.English
            ? local.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB")) + $" ({zone.Id})"
            : local.ToString("d MMMM yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-FR")) + $" ({zone.Id})";
    }

    private static TimeZoneInfo FindZone(string timeZoneId)
    {
        // An unknown zone id must not stop a credentials e-mail; UTC is always right, if less friendly.
        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
