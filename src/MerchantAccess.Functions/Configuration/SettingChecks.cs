using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using NCrontab;

namespace MerchantAccess.Functions.Configuration;

/// <summary>The rules that setting values are checked against at start-up.</summary>
public static partial class SettingChecks
{
    /// <summary>Checks that a value converts to <paramref name="type"/> the way the configuration binder converts it.</summary>
    public static SettingCheck ForType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = underlying != type;
        SettingCheck check = underlying switch
        {
            _ when underlying == typeof(int) => value =>
                int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : "must be a whole number",
            _ when underlying == typeof(TimeSpan) => value =>
                TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _) ? null : "must be a time span such as 00:15:00 (hours:minutes:seconds) or 1.00:00:00 (days first)",
            _ when underlying == typeof(bool) => value =>
                bool.TryParse(value, out _) ? null : "must be true or false",
            _ => _ => null,
        };

        if (!nullable)
        {
            return check;
        }

        // The binder leaves a nullable property unset for an empty value.
        return value => string.IsNullOrWhiteSpace(value) ? null : check(value);
    }

    public static SettingCheck IntegerBetween(int minimum, int maximum) => value =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum
            ? null
            : $"must be a whole number from {minimum} to {maximum}";

    public static SettingCheck TimeSpanAtLeast(TimeSpan minimum) => value =>
        string.IsNullOrWhiteSpace(value)
        || (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var time) && time >= minimum)
            ? null
            : $"must be at least {minimum.ToString("c", CultureInfo.InvariantCulture)}";

    public static SettingCheck PositiveTimeSpan { get; } = value =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var time) && time > TimeSpan.Zero ? null : "must be longer than zero";

    /// <summary>Checks that a value is one of <paramref name="allowed"/>, spelt exactly so.</summary>
    public static SettingCheck OneOf(params string[] allowed) => value =>
        allowed.Contains(value, StringComparer.Ordinal) ? null : $"must be {string.Join(" or ", allowed.Select(item => $"'{item}'"))}";

    /// <summary>Checks for a bare e-mail address, such as support@bank.example, without a display name.</summary>
    public static SettingCheck EmailAddress { get; } = value =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0
            ? null
            : "must be an e-mail address such as support@bank.example";

    /// <summary>Checks for an e-mail address or an empty value, which turns the feature off.</summary>
    public static SettingCheck OptionalEmailAddress { get; } = value =>
        string.IsNullOrWhiteSpace(value) ? null : EmailAddress(value);

    public static SettingCheck NotBlank { get; } = value =>
        string.IsNullOrWhiteSpace(value) ? "must not be empty" : null;

    /// <summary>Checks for the base64 of a key of exactly <paramref name="length"/> bytes.</summary>
    public static SettingCheck Base64Key(int length) => value =>
        DecodedLength(value) == length ? null : $"must be the base64 of exactly {length} bytes";

    /// <summary>Checks for the base64 of a key of at least <paramref name="minimumLength"/> bytes.</summary>
    public static SettingCheck Base64KeyOfAtLeast(int minimumLength) => value =>
        DecodedLength(value) >= minimumLength ? null : $"must be the base64 of at least {minimumLength} bytes";

    /// <summary>Checks for <c>;</c>-separated base64 keys of <paramref name="length"/> bytes each, or an empty value.</summary>
    public static SettingCheck Base64KeyList(int length) => value =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(key => DecodedLength(key) == length)
            ? null
            : $"must be base64 keys of exactly {length} bytes each, separated by ';'";

    public static SettingCheck HttpsUri { get; } = value =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? null : "must be an absolute https:// address";

    public static SettingCheck OptionalGuid { get; } = value =>
        string.IsNullOrWhiteSpace(value) || Guid.TryParse(value, out _) ? null : "must be a GUID such as 00000000-0000-0000-0000-000000000000";

    /// <summary>
    /// Checks a storage queue name that still leaves room for the <c>-poison</c> suffix: 3 to 56
    /// lowercase letters, digits and single hyphens, starting with a letter or digit.
    /// </summary>
    public static SettingCheck QueueName { get; } = value =>
        value.Length is >= 3 and <= 56 && QueueNamePattern().IsMatch(value)
            ? null
            : "must be 3 to 56 lowercase letters, digits and single hyphens, starting with a letter or digit (the poison queue adds '-poison')";

    /// <summary>
    /// Checks a table name prefix: letters and digits starting with a letter, or empty. Table
    /// names have at most 63 characters and the longest table name is 9 characters.
    /// </summary>
    public static SettingCheck TablePrefix { get; } = value =>
        value.Length == 0 || (value.Length <= 54 && TablePrefixPattern().IsMatch(value))
            ? null
            : "must be empty, or up to 54 letters and digits starting with a letter";

    public static SettingCheck StorageAccountName { get; } = value =>
        StorageAccountPattern().IsMatch(value) ? null : "must be a storage account name: 3 to 24 lowercase letters and digits";

    /// <summary>Checks a six-field NCRONTAB expression (seconds first), the format of timer triggers.</summary>
    public static SettingCheck NcrontabSchedule { get; } = value =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
        && CrontabSchedule.TryParse(value, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is not null
            ? null
            : "must be a six-field NCRONTAB expression such as '0 0 6 * * *' (second minute hour day month weekday)";

    public static SettingCheck Port { get; } = IntegerBetween(0, 65535);

    /// <summary>Checks an Application Insights connection string, or an empty value that turns telemetry off.</summary>
    public static SettingCheck ApplicationInsightsConnectionString { get; } = value =>
        string.IsNullOrWhiteSpace(value) || value.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase)
            ? null
            : "must be the connection string of an Application Insights resource (InstrumentationKey=...;IngestionEndpoint=...)";

    /// <summary>Checks <c>Authorization=AAD</c>, optionally with <c>ClientId=</c> the client id of a user-assigned identity.</summary>
    public static SettingCheck ApplicationInsightsAuthentication { get; } = value =>
        string.IsNullOrWhiteSpace(value) || Telemetry.TelemetryCredentials.TryParseAuthenticationString(value, out _)
            ? null
            : "must be 'Authorization=AAD' or 'Authorization=AAD;ClientId=<client id of the managed identity>'";

    /// <summary>
    /// Checks an SMS sender: a phone number in E.164 form (+ and 8 to 15 digits) or an
    /// alphanumeric sender id (1 to 11 letters, digits and spaces, at least one letter), or empty.
    /// </summary>
    public static SettingCheck SmsSender { get; } = value =>
        value.Length == 0 || E164Pattern().IsMatch(value) || SenderIdPattern().IsMatch(value)
            ? null
            : "must be a phone number in E.164 form such as +33612345678, or an alphanumeric sender id of up to 11 characters";

    /// <summary>Checks that a file exists, taking a relative path from the working directory.</summary>
    public static SettingCheck ExistingFile { get; } = value =>
        string.IsNullOrWhiteSpace(value) || File.Exists(value) ? null : $"must name an existing file (looked in {Directory.GetCurrentDirectory()})";

    public static SettingCheck ExistingDirectory { get; } = value =>
        string.IsNullOrWhiteSpace(value) || Directory.Exists(value) ? null : $"must name an existing folder (looked in {Directory.GetCurrentDirectory()})";

    private static int DecodedLength(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? written : -1;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?!-))*(?<!-)$")]
    private static partial Regex QueueNamePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex TablePrefixPattern();

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex StorageAccountPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164Pattern();

    [GeneratedRegex("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")]
    private static partial Regex SenderIdPattern();
}
