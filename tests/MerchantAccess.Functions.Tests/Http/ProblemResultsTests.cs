using System.Text.Json.Nodes;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Functions.Tests.Http;

public sealed class ProblemResultsTests
{
    private readonly ProblemResults _problems = new(Options.Create(new SupportContactOptions { Phone = "+33 1 70 00 00 00", Email = "support@example.com" }));

    [Fact]
    public void Every_failure_code_has_status_code_and_texts()
    {
        foreach (var code in Enum.GetValues<FailureCode>())
        {
            var (status, name) = ProblemCodes.Of(code);

            Assert.InRange(status, 400, 599);
            Assert.Matches("^[a-z_]+$", name);
            Assert.False(string.IsNullOrWhiteSpace(ProblemTexts.Title(code, "fr")));
            Assert.False(string.IsNullOrWhiteSpace(ProblemTexts.Title(code, "en")));
            Assert.NotEqual(ProblemTexts.Title(code, "fr"), ProblemTexts.Title(code, "en"));
        }
    }

    [Fact]
    public void Every_conflict_reason_has_texts()
    {
        foreach (var reason in Enum.GetValues<ConflictReason>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ProblemTexts.Detail(reason, "fr")));
            Assert.NotEqual(ProblemTexts.Detail(reason, "fr"), ProblemTexts.Detail(reason, "en"));
        }
    }

    [Fact]
    public async Task Locked_problem_gives_support_contact()
    {
        var (status, body, contentType) = await RenderAsync(new Failure(FailureCode.AccountLocked) { LockKind = LockKind.SecurityCode }, "en");

        Assert.Equal(423, status);
        Assert.Equal("application/problem+json; charset=utf-8", contentType);
        Assert.Equal("account_locked", body["code"]!.GetValue<string>());
        Assert.Equal("securityCode", body["lockReason"]!.GetValue<string>());
        Assert.Equal("support@example.com", body["supportContact"]!["email"]!.GetValue<string>());
        Assert.Contains("+33 1 70 00 00 00", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policy_problem_lists_each_rule_in_french()
    {
        var failure = new Failure(FailureCode.PasswordPolicy) { FailedPasswordRules = [PasswordRule.MinimumLength, PasswordRule.NotRecent] };

        var (status, body, _) = await RenderAsync(failure, null);

        Assert.Equal(400, status);
        Assert.Equal(["minimumLength", "notRecent"], body["failedRules"]!.AsArray().Select(rule => rule!.GetValue<string>()));
        Assert.Equal("Mot de passe refusé", body["title"]!.GetValue<string>());
        Assert.Contains("au moins 12 caractères", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limited_problem_sets_retry_after()
    {
        var failure = new Failure(FailureCode.RateLimited) { RetryAfter = DateTimeOffset.UtcNow.AddSeconds(90) };

        var context = await ExecuteAsync(failure, null);

        Assert.Equal(429, context.Response.StatusCode);
        Assert.InRange(int.Parse(context.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture), 85, 91);
    }

    private async Task<(int Status, JsonNode Body, string? ContentType)> RenderAsync(Failure failure, string? language)
    {
        var context = await ExecuteAsync(failure, language);
        context.Response.Body.Position = 0;
        var body = JsonNode.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync())!;
        return (context.Response.StatusCode, body, context.Response.ContentType);
    }

    private async Task<HttpContext> ExecuteAsync(Failure failure, string? language)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        if (language is not null)
        {
            context.Request.Headers.AcceptLanguage = language;
        }

        var result = _problems.For(context.Request, failure);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        return context;
    }
}
