using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Notifications.Acs;

/// <summary>
/// <see cref="IEmailSender"/> on the Azure Communication Services Email REST API, api-version
/// 2023-03-31 (the generally available version): <c>POST {endpoint}/emails:send</c> with an
/// <c>Operation-Id</c> header returns 202 with <c>Operation-Location</c> and
/// <c>retry-after</c>, and <c>GET {endpoint}/emails/operations/{operationId}</c> returns the status
/// <c>NotStarted</c>, <c>Running</c>, <c>Succeeded</c>, <c>Failed</c> or <c>Canceled</c>.
/// The operation id is the delivery id, which the service treats as the key of one send: a retry
/// with the same id does not send a second e-mail.
/// </summary>
public sealed partial class AcsEmailSender(AcsPipeline acs, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<AcsEmailSender> logger) : IEmailSender
{
    public const string ApiVersion = "2023-03-31";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Dictionary<string, string> NoHeaders = [];

    private readonly DeliveryOptions _options = options.Value;

    /// <summary>
    /// Starts the send and polls its status until it succeeds. Throws
    /// <see cref="RequestFailedException"/> when the service refuses the request or the operation
    /// fails, and <see cref="TimeoutException"/> when it has not finished within
    /// <see cref="AcsClientOptions.EmailOperationTimeout"/>.
    /// </summary>
    public async Task SendAsync(EmailMessage message, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var operation = AcsPipeline.OperationGuid(operationId);
        var started = await StartAsync(message, operation, cancellationToken);
        LogAccepted(logger, operation, started.Status);
        await WaitForCompletionAsync(operation, started, cancellationToken);
    }

    private async Task<OperationStatus> StartAsync(EmailMessage message, string operation, CancellationToken cancellationToken)
    {
        var body = new SendRequest(
            _options.SenderAddress,
            new Content(TextSanitizer.SingleLine(message.Subject), message.PlainText, message.Html),
            new Recipients([new EmailAddress(message.ToAddress, TextSanitizer.SingleLine(message.ToName))]),
            UserEngagementTrackingDisabled: true);

        using var response = await acs.SendAsync(
            RequestMethod.Post,
            acs.Resolve($"emails:send?api-version={ApiVersion}"),
            JsonSerializer.SerializeToUtf8Bytes(body, Json),
            new Dictionary<string, string> { ["Operation-Id"] = operation },
            expectedStatus: 202,
            cancellationToken);
        return ReadStatus(response, fallbackLocation: acs.Resolve($"emails/operations/{operation}?api-version={ApiVersion}"));
    }

    private async Task WaitForCompletionAsync(string operation, OperationStatus status, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + acs.Options.EmailOperationTimeout;
        while (true)
        {
            switch (status.Status)
            {
                case "Succeeded":
                    LogSucceeded(logger, operation);
                    return;
                case "Failed" or "Canceled":
                    LogFailed(logger, operation, status.Status, status.ErrorCode ?? "");
                    throw new RequestFailedException(0, $"E-mail operation {operation} ended {status.Status}: {status.ErrorMessage}", status.ErrorCode, null);
            }

            var wait = status.RetryAfter ?? acs.Options.EmailPollingInterval;
            if (time.GetUtcNow() + wait > deadline)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"E-mail operation {operation} was still {status.Status} after {acs.Options.EmailOperationTimeout}; the queue retries the message, which polls it again."));
            }

            LogRunning(logger, operation, status.Status, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
            status = await PollAsync(status.Location, cancellationToken);
        }
    }

    private async Task<OperationStatus> PollAsync(Uri location, CancellationToken cancellationToken)
    {
        using var response = await acs.SendAsync(RequestMethod.Get, location, jsonBody: null, NoHeaders, expectedStatus: 200, cancellationToken);
        return ReadStatus(response, location);
    }

    /// <summary>
    /// Reads an operation status and where to poll it next. An <c>Operation-Location</c> that
    /// points anywhere but the configured resource is ignored, so the client never sends its
    /// credentials to another host.
    /// </summary>
    private OperationStatus ReadStatus(Response response, Uri fallbackLocation)
    {
        var result = JsonSerializer.Deserialize<SendResult>(response.Content, Json)
            ?? throw new RequestFailedException(response.Status, "The e-mail service returned an empty body.");
        var location = response.Headers.TryGetValue("Operation-Location", out var header)
            && Uri.TryCreate(header, UriKind.Absolute, out var parsed) && acs.IsOnEndpoint(parsed)
            ? parsed
            : fallbackLocation;
        TimeSpan? retryAfter = response.Headers.TryGetValue("retry-after", out var seconds)
            && int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? TimeSpan.FromSeconds(value)
            : null;
        return new OperationStatus(result.Status ?? "", location, retryAfter, result.Error?.Code, result.Error?.Message);
    }

    private sealed record SendRequest(string SenderAddress, Content Content, Recipients Recipients, bool UserEngagementTrackingDisabled);

    private sealed record Content(string Subject, string PlainText, string Html);

    private sealed record Recipients(IReadOnlyList<EmailAddress> To);

    private sealed record EmailAddress(string Address, string DisplayName);

    private sealed record SendResult(string? Id, string? Status, ErrorDetail? Error);

    private sealed record ErrorDetail(string? Code, string? Message);

    private sealed record OperationStatus(string Status, Uri Location, TimeSpan? RetryAfter, string? ErrorCode, string? ErrorMessage);

    [LoggerMessage(EventId = LogEventIds.AcsEmailAccepted, Level = LogLevel.Information, Message = "E-mail operation {OperationId} accepted by Communication Services ({Status})")]
    private static partial void LogAccepted(ILogger logger, string operationId, string status);

    [LoggerMessage(EventId = LogEventIds.AcsEmailRunning, Level = LogLevel.Debug, Message = "E-mail operation {OperationId} is {Status}; polling again in {DelaySeconds} s")]
    private static partial void LogRunning(ILogger logger, string operationId, string status, double delaySeconds);

    [LoggerMessage(EventId = LogEventIds.AcsEmailSucceeded, Level = LogLevel.Information, Message = "E-mail operation {OperationId} succeeded")]
    private static partial void LogSucceeded(ILogger logger, string operationId);

    [LoggerMessage(EventId = LogEventIds.AcsEmailFailed, Level = LogLevel.Warning, Message = "E-mail operation {OperationId} ended {Status} with error {ErrorCode}")]
    private static partial void LogFailed(ILogger logger, string operationId, string status, string errorCode);
}
