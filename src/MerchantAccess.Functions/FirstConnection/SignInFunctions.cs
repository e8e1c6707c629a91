using MerchantAccess.Domain.FirstConnection;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.Functions.FirstConnection;

/// <summary>The three steps of sign-in: password, company security code, new password.</summary>
public sealed class SignInFunctions(ApiHandler api, SignInService signIn, SecurityCodeService securityCodes, NewPasswordService newPasswords)
{
    [Function(nameof(Login))]
    public Task<IActionResult> Login(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/login")] HttpRequest request) =>
        api.RunAsync(request, () => api.WithBodyAsync<LoginRequest>(request, body => body.Validate(), async body =>
        {
            var step = await signIn.SignInAsync(body.Login!, body.Password!, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, step, Ok);
        }));

    [Function(nameof(SubmitSecurityCode))]
    public Task<IActionResult> SubmitSecurityCode(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/security-code")] HttpRequest request) =>
        api.RunAsync(request, () => api.WithBodyAsync<SecurityCodeRequest>(request, body => body.Validate(), async body =>
        {
            var step = await securityCodes.VerifyAsync(body.ChallengeToken!, body.SecurityCode!, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, step, Ok);
        }));

    [Function(nameof(SetNewPassword))]
    public Task<IActionResult> SetNewPassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/new-password")] HttpRequest request) =>
        api.RunAsync(request, () => api.WithBodyAsync<NewPasswordRequest>(request, body => body.Validate(), async body =>
        {
            var step = await newPasswords.SetAsync(body.ChallengeToken!, body.NewPassword!, ClientAddress.OriginOf(request), request.HttpContext.RequestAborted);
            return api.Respond(request, step, Ok);
        }));

    private static JsonResponseResult Ok(SignInStep step) => new(SignInResponse.From(step), StatusCodes.Status200OK);
}
