using System.Net;
using MerchantAccess.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.Tests.Http;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData(null, "192.0.2.1")]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("198.51.100.1, 203.0.113.9", "203.0.113.9")]
    public void Address_is_the_last_forwarded_hop_or_the_peer(string? forwarded, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.1");
        if (forwarded is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwarded;
        }

        Assert.Equal(expected, ClientAddress.Of(context.Request));
    }
}
