using Azure;
using Azure.Data.Tables;

namespace MerchantAccess.Infrastructure.Storage.Entities;

/// <summary>
/// A row of the directory table: a login or user id pointing at its account, or a company listed
/// by name. Unused columns stay empty.
/// </summary>
public sealed class DirectoryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? UserId { get; set; }

    public string? CompanyId { get; set; }

    public string? Name { get; set; }

    public bool IsSupportOrganisation { get; set; }
}
