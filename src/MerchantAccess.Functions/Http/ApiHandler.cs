using Azure;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Functions.Http;

/// <summary>
/// What every HTTP function shares: signing in the caller from the bearer token, reading the body,
/// mapping results to responses, and answering transient storage faults with a 503 problem
/// instead of an unhandled error.
/// </summary>
public sealed partial class ApiHandler(SessionAuthenticator authenticator, ProblemResults problems, ILogger<ApiHandler> logger)
{
    public ProblemResults Problems => problems;

    /// <summary>Runs an anonymous operation.</summary>
    public async Task<IActionResult> RunAsync(HttpRequest request, Func<Task<IActionResult>> operation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(operation);

        try
        {
            return await operation();
        }
        catch (Exception exception) when (IsTransient(exception, request))
        {
            LogTransientFailure(logger, exception, request.Path.Value ?? "");
            return problems.For(request, FailureCode.ServiceUnavailable);
        }
    }

    /// <summary>Runs an operation for the signed-in caller; answers 401 when the token is missing or no longer valid.</summary>
    public Task<IActionResult> RunAuthenticatedAsync(HttpRequest request, Func<Actor, Task<IActionResult>> operation) =>
        RunAsync(request, async () =>
        {
            var actor = await authenticator.AuthenticateAsync(BearerToken(request), request.HttpContext.RequestAborted);
            return actor.IsSuccess ? await operation(actor.Value) : problems.For(request, actor.Failure);
        });

    /// <summary>Reads the body as <typeparamref name="T"/>, validates it, then runs <paramref name="operation"/>.</summary>
    public async Task<IActionResult> WithBodyAsync<T>(HttpRequest request, Func<T, IReadOnlyList<FieldError>> validate, Func<T, Task<IActionResult>> operation)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(validate);
        ArgumentNullException.ThrowIfNull(operation);

        var body = await JsonBody.ReadAsync<T>(request, request.HttpContext.RequestAborted);
        if (!body.IsSuccess)
        {
            return problems.For(request, body.Failure);
        }

        var errors = validate(body.Value);
        return errors.Count > 0
            ? problems.For(request, new Failure(FailureCode.ValidationFailed) { FieldErrors = errors })
            : await operation(body.Value);
    }

    /// <summary>Answers with <paramref name="onSuccess"/> of the value, or with the problem of the failure.</summary>
    public IActionResult Respond<T>(HttpRequest request, Result<T> result, Func<T, IActionResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess(result.Value) : problems.For(request, result.Failure);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }

    private static bool IsTransient(Exception exception, HttpRequest request) => exception switch
    {
        ConcurrencyConflictException => true,
        RequestFailedException => true,

        // Azure.Core's retry policy throws this when every attempt failed without a response, for
        // example while storage refuses connections.
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(inner => inner is RequestFailedException),
        OperationCanceledException when !request.HttpContext.RequestAborted.IsCancellationRequested => true,
        _ => false,
    };

    [LoggerMessage(EventId = LogEventIds.TransientFailure, Level = LogLevel.Error, Message = "Request {Path} failed on a transient fault and was answered 503")]
    private static partial void LogTransientFailure(ILogger logger, Exception exception, string path);
}
