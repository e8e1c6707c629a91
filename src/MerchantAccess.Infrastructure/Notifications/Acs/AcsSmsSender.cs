using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Notifications.Acs;

/// <summary>
/// <see cref="ISmsSender"/> on the Azure Communication Services SMS REST API, api-version
/// 2021-03-07 (the version of the generally available SMS client): <c>POST {endpoint}/sms</c>
/// with one recipient, which returns 202 with one result per recipient. The recipient carries
/// <c>repeatabilityRequestId</c> (the delivery id as a GUID) and <c>repeatabilityFirstSent</c>
/// (the RFC 1123 time the delivery was requested), so the service sends one SMS however often
/// the request is repeated.
/// </summary>
public sealed partial class AcsSmsSender(AcsPipeline acs, IOptions<DeliveryOptions> options, ILogger<AcsSmsSender> logger) : ISmsSender
{
    public const string ApiVersion = "2021-03-07";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly DeliveryOptions _options = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.SmsSender);

    /// <summary>Sends the SMS; throws <see cref="RequestFailedException"/> when the service does not accept it.</summary>
    public async Task SendAsync(SmsMessage message, string operationId, DateTimeOffset requestedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var operation = AcsPipeline.OperationGuid(operationId);
        var body = new SendRequest(
            _options.SmsSender,
            [new Recipient(message.ToPhoneNumber, operation, requestedAt.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture))],
            message.Text,
            new SendOptions(EnableDeliveryReport: false, Tag: operationId));

        using var response = await acs.SendAsync(
            RequestMethod.Post,
            acs.Resolve($"sms?api-version={ApiVersion}"),
            JsonSerializer.SerializeToUtf8Bytes(body, Json),
            new Dictionary<string, string>(),
            expectedStatus: 202,
            cancellationToken);
        var result = JsonSerializer.Deserialize<SendResponse>(response.Content, Json)?.Value?.SingleOrDefault()
            ?? throw new RequestFailedException(response.Status, "The SMS service returned no result for the recipient.");
        if (!result.Successful)
        {
            LogRejected(logger, operation, result.HttpStatusCode, result.ErrorMessage ?? "");
            throw new RequestFailedException(result.HttpStatusCode, $"The SMS service did not send SMS {operation}: {result.ErrorMessage}");
        }

        LogAccepted(logger, operation, result.MessageId ?? "", result.RepeatabilityResult ?? "");
    }

    private sealed record SendRequest(string From, IReadOnlyList<Recipient> SmsRecipients, string Message, SendOptions SmsSendOptions);

    private sealed record Recipient(string To, string RepeatabilityRequestId, string RepeatabilityFirstSent);

    private sealed record SendOptions(bool EnableDeliveryReport, string Tag);

    private sealed record SendResponse(IReadOnlyList<SendResult>? Value);

    private sealed record SendResult(string? To, string? MessageId, int HttpStatusCode, string? RepeatabilityResult, bool Successful, string? ErrorMessage);

    [LoggerMessage(EventId = LogEventIds.AcsSmsAccepted, Level = LogLevel.Information, Message = "SMS {OperationId} accepted by Communication Services as message {MessageId} (repeatability {RepeatabilityResult})")]
    private static partial void LogAccepted(ILogger logger, string operationId, string messageId, string repeatabilityResult);

    [LoggerMessage(EventId = LogEventIds.AcsSmsRejected, Level = LogLevel.Warning, Message = "SMS {OperationId} rejected by Communication Services with status {HttpStatusCode}: {ErrorMessage}")]
    private static partial void LogRejected(ILogger logger, string operationId, int httpStatusCode, string errorMessage);
}
