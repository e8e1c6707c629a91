using MerchantAccess.Domain.Accounts;
using MerchantAccess.Infrastructure.Storage;

namespace MerchantAccess.Infrastructure.Tests.Storage;

/// <summary>The marker rows an account needs, by its state.</summary>
public sealed class IndexRowsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Pending_reset_has_expiry_marker_until_expired()
    {
        var pending = User() with { State = AccountState.ResetPending, Reset = Reset() };
        var expired = pending with { Reset = Reset() with { ExpiredAt = Now.AddDays(1) } };

        Assert.Contains(IndexRows.For(pending).Keys, key => key.StartsWith("tmp|", StringComparison.Ordinal));
        Assert.DoesNotContain(IndexRows.For(expired).Keys, key => key.StartsWith("tmp|", StringComparison.Ordinal));
    }

    [Fact]
    public void Disabled_account_has_no_activity_marker()
    {
        var active = User();
        var disabled = active with { State = AccountState.Disabled };

        Assert.Contains(TableKeys.Activity(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), active.Id), IndexRows.For(active).Keys);
        Assert.DoesNotContain(IndexRows.For(disabled).Keys, key => key.StartsWith("act|", StringComparison.Ordinal));
    }

    [Fact]
    public void Reactivation_after_last_sign_in_sets_activity_day()
    {
        var reactivated = User() with { ReactivatedAt = Now };

        Assert.Contains(TableKeys.Activity(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero), reactivated.Id), IndexRows.For(reactivated).Keys);
    }

    [Fact]
    public void Lock_marker_carries_login()
    {
        var locked = User() with { State = AccountState.CodeLocked };

        var marker = IndexRows.For(locked)[TableKeys.Lock(locked.Id)];

        Assert.Equal("marc.leroy", marker.GetString("Login"));
        Assert.Equal("SecurityCode", marker.GetString("LockKind"));
    }

    [Fact]
    public void Queued_delivery_has_marker_until_it_ends()
    {
        var queued = User() with { Delivery = new DeliveryStatus("0123456789abcdef0123456789abcdef", "email", DeliveryState.Queued, Now) };
        var sent = queued with { Delivery = queued.Delivery! with { State = DeliveryState.Sent } };
        var failed = queued with { Delivery = queued.Delivery! with { State = DeliveryState.Failed } };

        var marker = IndexRows.For(queued)[TableKeys.QueuedDelivery(Now, queued.Id)];

        Assert.Equal("0123456789abcdef0123456789abcdef", marker.GetString("DeliveryId"));
        Assert.Equal(Now, TableKeys.QueuedAtOf(marker.RowKey));
        Assert.DoesNotContain(IndexRows.For(sent).Keys, key => key.StartsWith("que|", StringComparison.Ordinal));
        Assert.DoesNotContain(IndexRows.For(failed).Keys, key => key.StartsWith("que|", StringComparison.Ordinal));
    }

    [Fact]
    public void Expiry_is_read_back_from_row_key()
    {
        var key = TableKeys.ResetExpiry(Now, "0123456789abcdef0123456789abcdef");

        Assert.Equal(Now, TableKeys.ResetExpiryOf(key));
    }

    private static UserAccount User() => new()
    {
        Id = "0123456789abcdef0123456789abcdef",
        CompanyId = "fedcba9876543210fedcba9876543210",
        Login = "marc.leroy",
        NormalizedLogin = "marc.leroy",
        FirstName = "Marc",
        LastName = "Leroy",
        Email = "marc@example.com",
        State = AccountState.Active,
        StateChangedAt = Now.AddDays(-30),
        CreatedAt = Now.AddDays(-30),
        LastSignInAt = new DateTimeOffset(2026, 12, 1, 17, 45, 0, TimeSpan.Zero),
    };

    private static PendingReset Reset() => new()
    {
        Id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        IssuedAt = Now,
        ExpiresAt = Now.AddHours(24),
        TemporaryPasswordHash = "hash",
        Origin = ResetOrigin.Administrator,
    };
}
