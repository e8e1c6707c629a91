using MerchantAccess.Infrastructure.Storage;

namespace MerchantAccess.Infrastructure.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("marc.leroy", "marc.leroy")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b", "a%5Cb")]
    [InlineData("a#b?c", "a%23b%3Fc")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("del\u007F", "del%7F")]
    [InlineData("c1\u0085", "c1%C2%85")]
    [InlineData("éloïse", "éloïse")]
    public void Escape_replaces_forbidden_characters(string value, string expected)
    {
        Assert.Equal(expected, TableKeys.Escape(value));
    }

    [Fact]
    public void Escape_keeps_distinct_values_distinct()
    {
        var values = new[] { "a/b", "a%2Fb", "a%252Fb", "a?b", "a%3Fb" };

        var escaped = values.Select(TableKeys.Escape).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(values.Length, escaped.Count);
    }

    [Fact]
    public void User_events_sort_newest_first()
    {
        var older = TableKeys.UserEvent("u", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "e1");
        var newer = TableKeys.UserEvent("u", new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), "e2");
        var (from, to) = TableKeys.UserEvents("u");

        Assert.True(string.CompareOrdinal(newer, older) < 0);
        Assert.True(string.CompareOrdinal(from, older) <= 0 && string.CompareOrdinal(older, to) < 0);
        Assert.True(string.CompareOrdinal(from, newer) <= 0 && string.CompareOrdinal(newer, to) < 0);
    }

    [Fact]
    public void User_range_excludes_other_row_kinds()
    {
        var (from, to) = TableKeys.Users();

        Assert.InRange(string.CompareOrdinal(TableKeys.User("abc"), from), 0, int.MaxValue);
        Assert.True(string.CompareOrdinal(TableKeys.User("abc"), to) < 0);
        Assert.False(string.CompareOrdinal(TableKeys.CompanyRow, from) >= 0 && string.CompareOrdinal(TableKeys.CompanyRow, to) < 0);
        Assert.False(string.CompareOrdinal(TableKeys.Lock("abc"), from) >= 0 && string.CompareOrdinal(TableKeys.Lock("abc"), to) < 0);
    }
}
