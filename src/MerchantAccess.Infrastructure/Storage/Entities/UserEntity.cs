using Azure;
using Azure.Data.Tables;

namespace MerchantAccess.Infrastructure.Storage.Entities;

/// <summary>
/// The stored row of a user, in the partition of their company. Lists (sessions, password
/// history) are JSON columns; enums are stored by name.
/// </summary>
public sealed class UserEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string UserId { get; set; } = "";

    public string Login { get; set; } = "";

    public string NormalizedLogin { get; set; } = "";

    public string Title { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Email { get; set; } = "";

    public string? PhoneNumber { get; set; }

    public string Language { get; set; } = "fr";

    public string TimeZone { get; set; } = "";

    public string Permissions { get; set; } = "";

    public bool ReadOnly { get; set; }

    public string Role { get; set; } = "";

    public string State { get; set; } = "";

    public DateTimeOffset StateChangedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public DateTimeOffset? ReactivatedAt { get; set; }

    public string? PasswordHash { get; set; }

    public DateTimeOffset? PasswordChangedAt { get; set; }

    public string PasswordHistory { get; set; } = "[]";

    public int FailedPasswordCount { get; set; }

    public DateTimeOffset? PasswordLockedUntil { get; set; }

    public string? ResetId { get; set; }

    public DateTimeOffset? ResetIssuedAt { get; set; }

    public DateTimeOffset? ResetExpiresAt { get; set; }

    public string? ResetTemporaryPasswordHash { get; set; }

    public string? ResetSealedTemporaryPassword { get; set; }

    public int ResetSecurityCodeFailures { get; set; }

    public DateTimeOffset? ResetSecurityCodeVerifiedAt { get; set; }

    public string? ResetOrigin { get; set; }

    public DateTimeOffset? ResetExpiredAt { get; set; }

    public string Sessions { get; set; } = "[]";

    public string? DeliveryId { get; set; }

    public string? DeliveryChannel { get; set; }

    public string? DeliveryState { get; set; }

    public DateTimeOffset? DeliveryAt { get; set; }
}
