using Azure.Data.Tables;
using MerchantAccess.Domain.RateLimiting;
using MerchantAccess.Infrastructure.RateLimiting;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MerchantAccess.Infrastructure.Tests.RateLimiting;

/// <summary>The sliding-window limiter on Azurite, each test with its own table.</summary>
public sealed class TableRateLimiterTests : IAsyncLifetime
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private readonly StorageOptions _storage = new() { TablePrefix = TestSettings.UniqueName() };
    private readonly TableServiceClient _service = new(Azurite.ConnectionString);
    private TableRateLimiter _limiter = null!;

    public Task InitializeAsync()
    {
        Azurite.EnsureRunning();
        _limiter = new TableRateLimiter(_service, Options.Create(_storage), _time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DeleteTableAsync(_storage.RateLimitsTable);

    [Fact]
    public async Task Limit_rejects_until_oldest_use_expires()
    {
        var rule = new RateLimitRule("sms-user", "user-1", 3, Hour);
        var first = _time.GetUtcNow();

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 4; i++)
        {
            decisions.Add(await _limiter.TryAcquireAsync([rule], CancellationToken.None));
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal([true, true, true, false], decisions.Select(decision => decision.IsAllowed));
        Assert.Equal(first + Hour, decisions[3].RetryAfter);
    }

    [Fact]
    public async Task Window_slides_one_use_at_a_time()
    {
        var rule = new RateLimitRule("sms-user", "user-2", 2, Hour);
        await _limiter.TryAcquireAsync([rule], CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(30));
        await _limiter.TryAcquireAsync([rule], CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(30));
        var afterFirstLeft = await _limiter.TryAcquireAsync([rule], CancellationToken.None);
        var rightAfter = await _limiter.TryAcquireAsync([rule], CancellationToken.None);

        Assert.True(afterFirstLeft.IsAllowed);
        Assert.False(rightAfter.IsAllowed);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(30), rightAfter.RetryAfter);
    }

    [Fact]
    public async Task Rejection_records_no_use()
    {
        var user = new RateLimitRule("sms-user", "user-3", 3, Hour);
        var number = new RateLimitRule("sms-number", "+33612345678", 1, Hour);
        await _limiter.TryAcquireAsync([number], CancellationToken.None);

        var rejected = await _limiter.TryAcquireAsync([user, number], CancellationToken.None);
        var userAlone = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            userAlone.Add((await _limiter.TryAcquireAsync([user], CancellationToken.None)).IsAllowed);
        }

        Assert.False(rejected.IsAllowed);
        Assert.Equal([true, true, true, false], userAlone);
    }

    [Fact]
    public async Task Retry_after_is_latest_rejection()
    {
        var early = new RateLimitRule("sms-company", "company-1", 1, TimeSpan.FromMinutes(10));
        var late = new RateLimitRule("sms-number", "+33612345679", 1, Hour);
        await _limiter.TryAcquireAsync([early, late], CancellationToken.None);

        var rejected = await _limiter.TryAcquireAsync([early, late], CancellationToken.None);

        Assert.Equal(_time.GetUtcNow() + Hour, rejected.RetryAfter);
    }

    [Fact]
    public async Task Scopes_and_keys_count_apart()
    {
        var a = new RateLimitRule("sms-user", "same-key", 1, Hour);
        var b = new RateLimitRule("sms-number", "same-key", 1, Hour);
        var c = new RateLimitRule("sms-user", "other-key", 1, Hour);

        var decisions = new[]
        {
            await _limiter.TryAcquireAsync([a], CancellationToken.None),
            await _limiter.TryAcquireAsync([b], CancellationToken.None),
            await _limiter.TryAcquireAsync([c], CancellationToken.None),
        };

        Assert.All(decisions, decision => Assert.True(decision.IsAllowed));
    }

    [Theory]
    [InlineData("a/b\\c#d?e")]
    [InlineData("line\nbreak\u0001")]
    [InlineData("%2F")]
    public async Task Keys_with_forbidden_characters_are_escaped(string key)
    {
        var rule = new RateLimitRule("forgotten-password-login", key, 1, Hour);

        var first = await _limiter.TryAcquireAsync([rule], CancellationToken.None);
        var second = await _limiter.TryAcquireAsync([rule], CancellationToken.None);

        Assert.True(first.IsAllowed);
        Assert.False(second.IsAllowed);
        var row = Assert.Single(_service.GetTableClient(_storage.RateLimitsTable).Query<TableEntity>(filter: TableClient.CreateQueryFilter($"PartitionKey ge {"forgotten"} and PartitionKey lt {"forgotteo"}")));
        Assert.DoesNotContain(row.PartitionKey, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    [Fact]
    public async Task Concurrent_requests_never_exceed_the_limit()
    {
        var rule = new RateLimitRule("sms-user", "user-busy", 5, Hour);
        var limiters = Enumerable.Range(0, 4).Select(_ => new TableRateLimiter(_service, Options.Create(_storage), _time)).ToList();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => limiters[i % limiters.Count].TryAcquireAsync([rule], CancellationToken.None))));

        Assert.Equal(5, decisions.Count(decision => decision.IsAllowed));
        Assert.All(decisions.Where(decision => !decision.IsAllowed), decision => Assert.NotNull(decision.RetryAfter));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RateLimitRule.MaxLimit + 1)]
    public async Task Limit_out_of_range_is_a_programming_error(int limit)
    {
        var rule = new RateLimitRule("sms-user", "user-4", limit, Hour);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _limiter.TryAcquireAsync([rule], CancellationToken.None));
    }
}
