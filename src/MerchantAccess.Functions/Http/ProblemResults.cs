using System.Globalization;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Functions.Http;

/// <summary>
/// Turns domain failures into localised problem details responses, in one place for every
/// function.
/// </summary>
public sealed class ProblemResults(IOptions<SupportContactOptions> support)
{
    public const string ContentType = "application/problem+json; charset=utf-8";
    private const string TypePrefix = "urn:merchantaccess:problem:";

    private readonly SupportContactOptions _support = support.Value;

    /// <summary>Answers <paramref name="request"/> with the problem that <paramref name="failure"/> describes.</summary>
    public IActionResult For(HttpRequest request, Failure failure)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(failure);

        var language = RequestLanguage.Of(request);
        var (status, code) = ProblemCodes.Of(failure.Code);
        var problem = new ProblemResponse
        {
            Type = TypePrefix + code,
            Title = ProblemTexts.Title(failure.Code, language),
            Status = status,
            Detail = Detail(failure, language),
            Instance = request.Path.Value,
            Code = code,
        };
        AddExtensions(problem, failure, language);

        var result = new JsonResponseResult(problem, status, ContentType);
        if (failure.RetryAfter is { } retryAfter)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling((retryAfter - DateTimeOffset.UtcNow).TotalSeconds));
            result.Headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }

    public IActionResult For(HttpRequest request, FailureCode code) => For(request, Failure.Of(code));

    private string Detail(Failure failure, string language)
    {
        if (failure.ConflictReason is { } reason)
        {
            return ProblemTexts.Detail(reason, language);
        }

        var template = ProblemTexts.Detail(failure.Code, language);
        var argument = failure.Code switch
        {
            FailureCode.InvalidSecurityCode => failure.AttemptsRemaining?.ToString(CultureInfo.InvariantCulture),
            FailureCode.AccountLocked => SupportContact(),
            FailureCode.PasswordPolicy => string.Join(", ", failure.FailedPasswordRules.Select(rule => ProblemTexts.Rule(rule, language))) + ".",
            FailureCode.PayloadTooLarge => JsonBody.MaxBytes.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return string.Format(CultureInfo.InvariantCulture, template, argument);
    }

    private void AddExtensions(ProblemResponse problem, Failure failure, string language)
    {
        if (failure.AttemptsRemaining is { } remaining)
        {
            problem.Extensions["attemptsRemaining"] = remaining;
        }

        if (failure.LockKind is { } kind)
        {
            problem.Extensions["lockReason"] = kind == LockKind.SecurityCode ? "securityCode" : "password";
            problem.Extensions["supportContact"] = new Dictionary<string, string> { ["phone"] = _support.Phone, ["email"] = _support.Email };
        }

        if (failure.FailedPasswordRules.Count > 0)
        {
            problem.Extensions["failedRules"] = failure.FailedPasswordRules.Select(rule => JsonNamingCamel(rule.ToString())).ToArray();
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                ["newPassword"] = failure.FailedPasswordRules.Select(rule => ProblemTexts.Rule(rule, language)).ToArray(),
            };
        }

        if (failure.FieldErrors.Count > 0)
        {
            problem.Extensions["errors"] = failure.FieldErrors
                .GroupBy(error => error.Field, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(error => ProblemTexts.FieldMessage(error, language)).ToArray(), StringComparer.Ordinal);
        }

        if (failure.RetryAfter is { } retryAfter)
        {
            problem.Extensions["retryAfter"] = retryAfter.ToUniversalTime();
        }
    }

    private string SupportContact()
    {
        var parts = new[] { _support.Phone, _support.Email }.Where(part => !string.IsNullOrWhiteSpace(part));
        return string.Join(" / ", parts);
    }

    private static string JsonNamingCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
