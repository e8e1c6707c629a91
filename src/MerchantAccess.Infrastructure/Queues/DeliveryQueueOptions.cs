namespace MerchantAccess.Infrastructure.Queues;

/// <summary>Where delivery messages are queued.</summary>
public sealed class DeliveryQueueOptions
{
    /// <summary>
    /// App setting that names the delivery queue. The queue-triggered function reads the same
    /// setting through its <c>%DeliveryQueueName%</c> binding expression.
    /// </summary>
    public const string QueueNameSetting = "DeliveryQueueName";

    public const string DefaultQueueName = "deliveries";

    public string QueueName { get; set; } = DefaultQueueName;
}
