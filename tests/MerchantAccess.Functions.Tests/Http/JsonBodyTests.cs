using System.Text;
using MerchantAccess.Domain.Common;
using MerchantAccess.Functions.FirstConnection;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.Tests.Http;

public sealed class JsonBodyTests
{
    [Fact]
    public async Task Valid_body_is_read()
    {
        var result = await ReadAsync("{\"login\":\"marc\",\"password\":\"p\"}");

        Assert.True(result.IsSuccess);
        Assert.Equal(new LoginRequest("marc", "p"), result.Value);
    }

    [Fact]
    public async Task Member_names_match_without_case()
    {
        var result = await ReadAsync("{\"Login\":\"marc\",\"PASSWORD\":\"p\"}");

        Assert.Equal(new LoginRequest("marc", "p"), result.Value);
    }

    [Theory]
    [InlineData("{", "body", "malformedJson")]
    [InlineData("{\"login\":}", "body", "malformedJson")]
    [InlineData("", "body", "empty")]
    [InlineData("null", "body", "empty")]
    [InlineData("[1,2]", "body", "invalidType")]
    [InlineData("{\"login\":42}", "login", "invalidType")]
    [InlineData("{\"login\":{\"a\":1}}", "login", "invalidType")]
    [InlineData("{\"login\":\"a\",\"isAdmin\":true}", "isAdmin", "unknownMember")]
    public async Task Bad_body_names_field_and_reason(string body, string field, string reason)
    {
        var result = await ReadAsync(body);

        Assert.Equal(FailureCode.ValidationFailed, result.Failure!.Code);
        var error = Assert.Single(result.Failure.FieldErrors);
        Assert.Equal((field, reason), (error.Field, error.Reason));
    }

    [Fact]
    public async Task Oversized_body_is_refused()
    {
        var result = await ReadAsync("{\"login\":\"" + new string('a', JsonBody.MaxBytes) + "\"}");

        Assert.Equal(FailureCode.PayloadTooLarge, result.Failure!.Code);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Non_json_content_type_is_refused(string contentType)
    {
        var result = await ReadAsync("{}", contentType);

        Assert.Equal(FailureCode.UnsupportedMediaType, result.Failure!.Code);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/merge-patch+json")]
    public async Task Json_content_types_are_accepted(string contentType)
    {
        var result = await ReadAsync("{\"login\":\"marc\"}", contentType);

        Assert.True(result.IsSuccess);
    }

    private static Task<Result<LoginRequest>> ReadAsync(string body, string? contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Request.ContentType = contentType;
        return JsonBody.ReadAsync<LoginRequest>(context.Request, CancellationToken.None);
    }
}
