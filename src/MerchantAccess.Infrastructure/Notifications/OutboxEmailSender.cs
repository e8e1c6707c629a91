using System.Globalization;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Notifications;

/// <summary>
/// <see cref="IEmailSender"/> that writes each e-mail as an <c>.eml</c> file in the outbox folder,
/// for local runs and tests. The file name ends with the operation id, and a second send with the
/// same id writes nothing, as a provider would send nothing.
/// </summary>
public sealed partial class OutboxEmailSender(IOptions<DeliveryOptions> options, TimeProvider time, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    private readonly DeliveryOptions _options = options.Value;

    public async Task SendAsync(EmailMessage message, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);

        var folder = Path.GetFullPath(_options.OutboxPath);
        Directory.CreateDirectory(folder);
        if (Directory.EnumerateFiles(folder, $"*-{operationId}.eml").Any())
        {
            LogDuplicate(logger, operationId);
            return;
        }

        var now = time.GetUtcNow();
        var content = MimeWriter.Write(message, _options.SenderAddress, _options.SenderName, operationId, now);
        var name = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd-HHmmssfff}-{operationId}.eml");

        // Write beside the target and rename, so a reader never sees a half-written file.
        var temporary = Path.Combine(folder, name + ".tmp");
        await File.WriteAllTextAsync(temporary, content, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
        LogWritten(logger, operationId, folder);
    }

    [LoggerMessage(EventId = LogEventIds.OutboxEmailWritten, Level = LogLevel.Information, Message = "E-mail {OperationId} written to the outbox {Folder}")]
    private static partial void LogWritten(ILogger logger, string operationId, string folder);

    [LoggerMessage(EventId = LogEventIds.OutboxEmailDuplicate, Level = LogLevel.Information, Message = "E-mail {OperationId} is already in the outbox; not written again")]
    private static partial void LogDuplicate(ILogger logger, string operationId);
}
