using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace MerchantAccess.Domain.Tests.Delivery;

/// <summary>What the delivery sweep does with a delivery still queued, by its channel and age.</summary>
public sealed class DeliverySweepServiceTests
{
    private const string DeliveryId = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string ResetId = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private readonly FakeTimeProvider _time = new(TestAccounts.Now);
    private readonly InMemoryAccountStore _store = new();
    private readonly RecordingDeliveryQueue _queue = new();

    [Fact]
    public async Task Recent_delivery_is_left_alone()
    {
        var user = Add(QueuedEmail(queuedAgo: DeliverySweepService.RequeueAfter - TimeSpan.FromMinutes(1)));

        var result = await Sweep().RunAsync(CancellationToken.None);

        Assert.Equal(new DeliverySweepResult(0, 0, 0), result);
        Assert.Empty(_queue.Messages);
        Assert.Equal(DeliveryState.Queued, _store.User(user.Id).Delivery!.State);
    }

    [Fact]
    public async Task Stale_credentials_email_is_queued_again()
    {
        var user = Add(QueuedEmail(queuedAgo: DeliverySweepService.RequeueAfter + TimeSpan.FromMinutes(1)));

        var result = await Sweep().RunAsync(CancellationToken.None);

        var message = Assert.Single(_queue.Messages);
        Assert.Equal(new DeliverySweepResult(1, 0, 0), result);
        Assert.Equal((DeliveryKind.Credentials, DeliveryId, ResetId, user.Id), (message.Kind, message.DeliveryId, message.ResetId, message.UserId));
        Assert.Equal(user.Reset!.IssuedAt, message.RequestedAt);
        Assert.Equal(DeliveryState.Queued, _store.User(user.Id).Delivery!.State);
    }

    [Theory]
    [InlineData("email", AccountEventTypes.CredentialsDeliveryFailed)]
    [InlineData("sms", AccountEventTypes.SecurityCodeSmsDeliveryFailed)]
    public async Task Delivery_past_its_time_fails_without_resend(string channel, string eventType)
    {
        // An e-mail is given up after an hour, an SMS at the first sweep that finds it.
        var age = channel == DeliveryRecorder.EmailChannel ? DeliverySweepService.GiveUpAfter : DeliverySweepService.RequeueAfter + TimeSpan.FromMinutes(1);
        var email = QueuedEmail(queuedAgo: age);
        var user = Add(email with { Delivery = email.Delivery! with { Channel = channel } });

        var result = await Sweep().RunAsync(CancellationToken.None);

        Assert.Equal(new DeliverySweepResult(0, 1, 0), result);
        Assert.Empty(_queue.Messages);
        Assert.Equal(DeliveryState.Failed, _store.User(user.Id).Delivery!.State);
        Assert.Equal(eventType, _store.Events[^1].Type);
    }

    [Fact]
    public async Task Failing_queue_is_counted_and_logged()
    {
        Add(QueuedEmail(queuedAgo: DeliverySweepService.RequeueAfter + TimeSpan.FromMinutes(1)));
        var failingQueue = Substitute.For<IDeliveryQueue>();
        failingQueue.EnqueueAsync(Arg.Any<DeliveryMessage>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromException(new IOException("queue unavailable")));
        var sweep = new DeliverySweepService(_store, failingQueue, new DeliveryRecorder(_store, _time), _time, NullLogger<DeliverySweepService>.Instance);

        var result = await sweep.RunAsync(CancellationToken.None);

        Assert.Equal(new DeliverySweepResult(0, 0, 1), result);
    }

    private DeliverySweepService Sweep() =>
        new(_store, _queue, new DeliveryRecorder(_store, _time), _time, NullLogger<DeliverySweepService>.Instance);

    private UserAccount Add(UserAccount user)
    {
        _store.Add(TestAccounts.Company(), user);
        return user;
    }

    private static UserAccount QueuedEmail(TimeSpan queuedAgo)
    {
        var queuedAt = TestAccounts.Now - queuedAgo;
        return TestAccounts.Active() with
        {
            State = AccountState.ResetPending,
            Reset = new PendingReset
            {
                Id = ResetId,
                IssuedAt = queuedAt,
                ExpiresAt = queuedAt.AddDays(1),
                TemporaryPasswordHash = "hash",
                SealedTemporaryPassword = "sealed",
                Origin = ResetOrigin.Administrator,
            },
            Delivery = new DeliveryStatus(DeliveryId, DeliveryRecorder.EmailChannel, DeliveryState.Queued, queuedAt),
        };
    }
}
