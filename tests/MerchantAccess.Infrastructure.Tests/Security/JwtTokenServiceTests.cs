using System.Security.Cryptography;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MerchantAccess.Infrastructure.Tests.Security;

public sealed class JwtTokenServiceTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private JwtTokenService Create(string? key = null) =>
        new(Options.Create(new SecretsOptions { TokenSigningKey = key ?? Key }), _time);

    [Fact]
    public async Task Access_token_round_trips_until_expiry()
    {
        var tokens = Create();
        var issued = tokens.IssueAccessToken("u1", "c1", "s1", _time.GetUtcNow().AddMinutes(10));

        var valid = await tokens.ValidateAccessTokenAsync(issued.Value);
        _time.Advance(TimeSpan.FromMinutes(10));
        var expired = await tokens.ValidateAccessTokenAsync(issued.Value);

        Assert.Equal(new AccessTokenClaims("u1", "c1", "s1"), valid);
        Assert.Null(expired);
    }

    [Fact]
    public async Task Challenge_is_not_an_access_token()
    {
        var tokens = Create();
        var challenge = tokens.IssueChallenge(new ChallengeClaims("u1", "c1", ChallengeStep.SecurityCode, "r1"), _time.GetUtcNow().AddMinutes(10));
        var access = tokens.IssueAccessToken("u1", "c1", "s1", _time.GetUtcNow().AddMinutes(10));

        Assert.Null(await tokens.ValidateAccessTokenAsync(challenge.Value));
        Assert.Null(await tokens.ValidateChallengeAsync(access.Value, ChallengeStep.SecurityCode));
        Assert.Null(await tokens.ValidateChallengeAsync(challenge.Value, ChallengeStep.NewPassword));
        Assert.Equal("r1", (await tokens.ValidateChallengeAsync(challenge.Value, ChallengeStep.SecurityCode))?.Stamp);
    }

    [Fact]
    public async Task Token_signed_with_other_key_is_rejected()
    {
        var issued = Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))).IssueAccessToken("u1", "c1", "s1", _time.GetUtcNow().AddMinutes(10));

        Assert.Null(await Create().ValidateAccessTokenAsync(issued.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MSJ9.")]
    public async Task Malformed_token_is_rejected(string token)
    {
        Assert.Null(await Create().ValidateAccessTokenAsync(token));
    }

    [Fact]
    public async Task Altered_payload_is_rejected()
    {
        var tokens = Create();
        var parts = tokens.IssueAccessToken("u1", "c1", "s1", _time.GetUtcNow().AddMinutes(10)).Value.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("u1", "u2", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        Assert.Null(await tokens.ValidateAccessTokenAsync(forged));
    }

    private static byte[] Base64UrlDecode(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value);
}
