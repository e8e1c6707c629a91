using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.Tests.Http;

public sealed class RequestLanguageTests
{
    [Theory]
    [InlineData(null, "fr")]
    [InlineData("", "fr")]
    [InlineData("en", "en")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.8", "fr")]
    [InlineData("de-DE,en;q=0.5", "en")]
    [InlineData("de-DE", "fr")]
    [InlineData("en;q=0.1,fr;q=0.9", "fr")]
    [InlineData("en;q=0", "fr")]
    [InlineData(";;;garbage,,", "fr")]
    public void Language_follows_accept_language(string? header, string expected)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers.AcceptLanguage = header;
        }

        Assert.Equal(expected, RequestLanguage.Of(context.Request));
    }
}
