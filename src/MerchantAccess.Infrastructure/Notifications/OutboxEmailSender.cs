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

        var now = time.GetUtcNow();
        var content = MimeWriter.Write(message, _options.SenderAddress, _options.SenderName, operationId, now);
        if (await OutboxFolder.TryWriteAsync(_options.OutboxPath, operationId, "eml", content, now, cancellationToken))
        {
            LogWritten(logger, operationId, _options.OutboxPath);
        }
        else
        {
            LogDuplicate(logger, operationId);
        }
    }

    [LoggerMessage(EventId = LogEventIds.OutboxEmailWritten, Level = LogLevel.Information, Message = "E-mail {OperationId} written to the outbox {Folder}")]
    private static partial void LogWritten(ILogger logger, string operationId, string folder);

    [LoggerMessage(EventId = LogEventIds.OutboxEmailDuplicate, Level = LogLevel.Information, Message = "E-mail {OperationId} is already in the outbox; not written again")]
    private static partial void LogDuplicate(ILogger logger, string operationId);
}
