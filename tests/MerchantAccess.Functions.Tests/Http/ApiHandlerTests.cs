using Azure;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Functions.Tests.Http;

/// <summary>How the shared HTTP handling responds to storage failures that remain after the storage client's retries.</summary>
public sealed class ApiHandlerTests
{
    // Anonymous operations never use the session authenticator.
    private readonly ApiHandler _handler = new(
        null!,
        new ProblemResults(Options.Create(new SupportContactOptions { Phone = "+33 1 70 00 00 00", Email = "support@example.com" })),
        NullLogger<ApiHandler>.Instance);

    public static TheoryData<string, Exception> TransientFailures => new()
    {
        { "a storage error response", new RequestFailedException(503, "Service Unavailable") },
        { "retries that got no response", new AggregateException("Retry failed after 4 tries.", new RequestFailedException("Connection refused (127.0.0.1:10002)"), new RequestFailedException("Connection refused (127.0.0.1:10002)")) },
    };

    [Theory]
    [MemberData(nameof(TransientFailures))]
    public async Task Storage_failure_answers_503(string label, Exception failure)
    {
        var context = NewContext();

        var result = await _handler.RunAsync(context.Request, () => Task.FromException<IActionResult>(failure));
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));

        Assert.True(context.Response.StatusCode == 503, $"{label} answered {context.Response.StatusCode}.");
        Assert.Equal("application/problem+json; charset=utf-8", context.Response.ContentType);
    }

    [Fact]
    public async Task Other_aggregate_failure_is_not_transient()
    {
        var context = NewContext();
        var bug = new AggregateException(new InvalidOperationException("A bug."));

        var thrown = await Record.ExceptionAsync(() => _handler.RunAsync(context.Request, () => Task.FromException<IActionResult>(bug)));

        Assert.Same(bug, thrown);
    }

    private static DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        return context;
    }
}
