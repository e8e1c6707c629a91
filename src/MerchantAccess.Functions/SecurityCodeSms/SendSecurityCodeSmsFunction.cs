using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.SecurityCodeSms;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.SecurityCodeSms;

/// <summary>
/// <c>POST /api/users/{userId}/security-code-sms</c>: an administrator of the user's company or a
/// support agent has the company security code sent to the user by SMS. Returns 202 once the SMS
/// is queued, and 429 with <c>Retry-After</c> over a limit.
/// </summary>
public sealed class SendSecurityCodeSmsFunction(ApiHandler api, SecurityCodeSmsService sms)
{
    [Function(nameof(SendSecurityCodeSms))]
    public Task<IActionResult> SendSecurityCodeSms(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "users/{userId}/security-code-sms")] HttpRequest request,
        string userId) =>
        api.RunAuthenticatedAsync(request, async actor =>
        {
            var body = await ReadBodyAsync(request);
            if (!body.IsSuccess)
            {
                return api.Problems.For(request, body.Failure);
            }

            var smsRequest = new SecurityCodeSmsRequest(body.Value.PhoneNumber, body.Value.SavePhoneNumber ?? false);
            var queued = await sms.RequestAsync(actor, userId, smsRequest, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, queued, result => new JsonResponseResult(
                SecurityCodeSmsResponse.From(result, RequestLanguage.Of(request)),
                StatusCodes.Status202Accepted));
        });

    /// <summary>Reads the body, which may be left out: no body sends to the number on the account.</summary>
    private static async Task<Result<SecurityCodeSmsBody>> ReadBodyAsync(HttpRequest request)
    {
        var body = await JsonBody.ReadAsync<SecurityCodeSmsBody>(request, request.HttpContext.RequestAborted);
        if (!body.IsSuccess && body.Failure.FieldErrors is [{ Field: "body", Reason: "empty" }])
        {
            return new SecurityCodeSmsBody(null, null);
        }

        return body;
    }
}
