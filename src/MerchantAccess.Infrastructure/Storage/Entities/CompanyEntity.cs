using Azure;
using Azure.Data.Tables;

namespace MerchantAccess.Infrastructure.Storage.Entities;

/// <summary>The stored row of a company, in its own partition under <see cref="TableKeys.CompanyRow"/>.</summary>
public sealed class CompanyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Name { get; set; } = "";

    public string ProtectedSecurityCode { get; set; } = "";

    public bool IsSupportOrganisation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
