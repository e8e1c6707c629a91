using Azure;
using Azure.Data.Tables;

namespace MerchantAccess.Infrastructure.Storage.Entities;

/// <summary>
/// The stored row of an account event. Each event is written twice in its company's partition:
/// once in the user's history and once in the company timeline.
/// </summary>
public sealed class EventEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string EventId { get; set; } = "";

    public string Type { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public string? TargetUserId { get; set; }

    public string? ActorId { get; set; }

    public string? ActorRole { get; set; }

    public string? ClientAddress { get; set; }

    public string Outcome { get; set; } = "";

    public string? Reason { get; set; }

    public string Details { get; set; } = "{}";
}
