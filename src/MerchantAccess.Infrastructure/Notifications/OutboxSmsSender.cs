using System.Text.Encodings.Web;
using System.Text.Json;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Notifications;

/// <summary>
/// <see cref="ISmsSender"/> that writes each SMS as an indented <c>.json</c> file in the outbox
/// folder, for local runs and tests: <c>to</c>, <c>text</c>, <c>language</c>, <c>deliveryId</c>
/// and <c>time</c>. The file name ends with the operation id, and a second send with the same id
/// writes nothing, as a provider would send nothing.
/// </summary>
public sealed partial class OutboxSmsSender(IOptions<DeliveryOptions> options, TimeProvider time, ILogger<OutboxSmsSender> logger) : ISmsSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Accented letters and the + of phone numbers stay readable in the file, which no web
        // page embeds, so HTML-sensitive characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly DeliveryOptions _options = options.Value;

    public bool IsConfigured => true;

    public async Task SendAsync(SmsMessage message, string operationId, DateTimeOffset requestedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);

        var now = time.GetUtcNow();
        var content = JsonSerializer.Serialize(new OutboxSms(message.ToPhoneNumber, message.Text, message.Language, operationId, now), Json);
        if (await OutboxFolder.TryWriteAsync(_options.OutboxPath, operationId, "json", content, now, cancellationToken))
        {
            LogWritten(logger, operationId, _options.OutboxPath);
        }
        else
        {
            LogDuplicate(logger, operationId);
        }
    }

    /// <summary>The content of an outbox SMS file.</summary>
    private sealed record OutboxSms(string To, string Text, string Language, string DeliveryId, DateTimeOffset Time);

    [LoggerMessage(EventId = LogEventIds.OutboxSmsWritten, Level = LogLevel.Information, Message = "SMS {OperationId} written to the outbox {Folder}")]
    private static partial void LogWritten(ILogger logger, string operationId, string folder);

    [LoggerMessage(EventId = LogEventIds.OutboxSmsDuplicate, Level = LogLevel.Information, Message = "SMS {OperationId} is already in the outbox; not written again")]
    private static partial void LogDuplicate(ILogger logger, string operationId);
}
