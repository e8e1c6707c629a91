using System.Globalization;
using System.Text.Json;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;
using MerchantAccess.Infrastructure.Storage.Entities;

namespace MerchantAccess.Infrastructure.Storage;

/// <summary>Maps domain records to table rows and back.</summary>
public static class EntityMapper
{
    /// <summary>
    /// Table Storage limits a string property to 64 KiB, that is 32 768 UTF-16 characters. The
    /// emulator stores longer strings, so the limit is checked here.
    /// </summary>
    public const int MaxStringLength = 32 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static UserEntity ToEntity(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);

        var entity = new UserEntity
        {
            PartitionKey = user.CompanyId,
            RowKey = TableKeys.User(user.Id),
            UserId = user.Id,
            Login = user.Login,
            NormalizedLogin = user.NormalizedLogin,
            Title = user.Title,
            FirstName = user.FirstName,
            LastName = user.LastName,
            Email = user.Email,
            PhoneNumber = user.PhoneNumber,
            Language = user.Language,
            TimeZone = user.TimeZone,
            Permissions = user.Permissions.ToString(),
            ReadOnly = user.ReadOnly,
            Role = user.Role.ToString(),
            State = user.State.ToString(),
            StateChangedAt = user.StateChangedAt,
            CreatedAt = user.CreatedAt,
            LastSignInAt = user.LastSignInAt,
            ReactivatedAt = user.ReactivatedAt,
            PasswordHash = user.PasswordHash,
            PasswordChangedAt = user.PasswordChangedAt,
            PasswordHistory = JsonSerializer.Serialize(user.PasswordHistory, Json),
            FailedPasswordCount = user.FailedPasswordCount,
            PasswordLockedUntil = user.PasswordLockedUntil,
            ResetId = user.Reset?.Id,
            ResetIssuedAt = user.Reset?.IssuedAt,
            ResetExpiresAt = user.Reset?.ExpiresAt,
            ResetTemporaryPasswordHash = user.Reset?.TemporaryPasswordHash,
            ResetSealedTemporaryPassword = user.Reset?.SealedTemporaryPassword,
            ResetSecurityCodeFailures = user.Reset?.SecurityCodeFailures ?? 0,
            ResetSecurityCodeVerifiedAt = user.Reset?.SecurityCodeVerifiedAt,
            ResetOrigin = user.Reset?.Origin.ToString(),
            ResetExpiredAt = user.Reset?.ExpiredAt,
            Sessions = JsonSerializer.Serialize(user.Sessions, Json),
            DeliveryId = user.Delivery?.DeliveryId,
            DeliveryChannel = user.Delivery?.Channel,
            DeliveryState = user.Delivery?.State.ToString(),
            DeliveryAt = user.Delivery?.At,
        };

        EnsureFits(entity.Login, entity.Title, entity.FirstName, entity.LastName, entity.Email, entity.PasswordHistory, entity.Sessions);
        return entity;
    }

    public static UserAccount ToUser(UserEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        return new UserAccount
        {
            Id = entity.UserId,
            CompanyId = entity.PartitionKey,
            Login = entity.Login,
            NormalizedLogin = entity.NormalizedLogin,
            Title = entity.Title,
            FirstName = entity.FirstName,
            LastName = entity.LastName,
            Email = entity.Email,
            PhoneNumber = entity.PhoneNumber,
            Language = entity.Language,
            TimeZone = entity.TimeZone,
            Permissions = Enum.Parse<UserPermissions>(entity.Permissions),
            ReadOnly = entity.ReadOnly,
            Role = Enum.Parse<UserRole>(entity.Role),
            State = Enum.Parse<AccountState>(entity.State),
            StateChangedAt = entity.StateChangedAt,
            CreatedAt = entity.CreatedAt,
            LastSignInAt = entity.LastSignInAt,
            ReactivatedAt = entity.ReactivatedAt,
            PasswordHash = entity.PasswordHash,
            PasswordChangedAt = entity.PasswordChangedAt,
            PasswordHistory = JsonSerializer.Deserialize<List<string>>(entity.PasswordHistory, Json) ?? [],
            FailedPasswordCount = entity.FailedPasswordCount,
            PasswordLockedUntil = entity.PasswordLockedUntil,
            Reset = ToReset(entity),
            Sessions = JsonSerializer.Deserialize<List<UserSession>>(entity.Sessions, Json) ?? [],
            Delivery = entity.DeliveryId is null
                ? null
                : new DeliveryStatus(entity.DeliveryId, entity.DeliveryChannel ?? "email", Enum.Parse<DeliveryState>(entity.DeliveryState!), entity.DeliveryAt!.Value),
        };
    }

    public static CompanyEntity ToEntity(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);

        var entity = new CompanyEntity
        {
            PartitionKey = company.Id,
            RowKey = TableKeys.CompanyRow,
            Name = company.Name,
            ProtectedSecurityCode = company.ProtectedSecurityCode,
            IsSupportOrganisation = company.IsSupportOrganisation,
            CreatedAt = company.CreatedAt,
        };
        EnsureFits(entity.Name);
        return entity;
    }

    public static Company ToCompany(CompanyEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        return new Company
        {
            Id = entity.PartitionKey,
            Name = entity.Name,
            ProtectedSecurityCode = entity.ProtectedSecurityCode,
            IsSupportOrganisation = entity.IsSupportOrganisation,
            CreatedAt = entity.CreatedAt,
        };
    }

    /// <summary>Builds the row of <paramref name="accountEvent"/> under <paramref name="rowKey"/>.</summary>
    public static EventEntity ToEntity(AccountEvent accountEvent, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(accountEvent);

        var entity = new EventEntity
        {
            PartitionKey = accountEvent.CompanyId,
            RowKey = rowKey,
            EventId = accountEvent.Id,
            Type = accountEvent.Type,
            OccurredAt = accountEvent.OccurredAt,
            TargetUserId = accountEvent.TargetUserId,
            ActorId = accountEvent.ActorId,
            ActorRole = accountEvent.ActorRole,
            ClientAddress = accountEvent.ClientAddress,
            Outcome = accountEvent.Outcome.ToString(),
            Reason = accountEvent.Reason,
            Details = JsonSerializer.Serialize(accountEvent.Details, Json),
        };
        EnsureFits(entity.Reason, entity.Details, entity.ClientAddress);
        return entity;
    }

    public static AccountEvent ToEvent(EventEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        return new AccountEvent
        {
            Id = entity.EventId,
            Type = entity.Type,
            OccurredAt = entity.OccurredAt,
            CompanyId = entity.PartitionKey,
            TargetUserId = entity.TargetUserId,
            ActorId = entity.ActorId,
            ActorRole = entity.ActorRole,
            ClientAddress = entity.ClientAddress,
            Outcome = Enum.Parse<EventOutcome>(entity.Outcome),
            Reason = entity.Reason,
            Details = JsonSerializer.Deserialize<Dictionary<string, string>>(entity.Details, Json) ?? [],
        };
    }

    private static PendingReset? ToReset(UserEntity entity)
    {
        if (entity.ResetId is null)
        {
            return null;
        }

        return new PendingReset
        {
            Id = entity.ResetId,
            IssuedAt = entity.ResetIssuedAt!.Value,
            ExpiresAt = entity.ResetExpiresAt!.Value,
            TemporaryPasswordHash = entity.ResetTemporaryPasswordHash!,
            SealedTemporaryPassword = entity.ResetSealedTemporaryPassword,
            SecurityCodeFailures = entity.ResetSecurityCodeFailures,
            SecurityCodeVerifiedAt = entity.ResetSecurityCodeVerifiedAt,
            Origin = Enum.Parse<ResetOrigin>(entity.ResetOrigin!),
            ExpiredAt = entity.ResetExpiredAt,
        };
    }

    private static void EnsureFits(params string?[] values)
    {
        foreach (var value in values)
        {
            if (value is { Length: > MaxStringLength })
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"A value of {value.Length} characters exceeds the {MaxStringLength}-character limit of a table property; input validation should have rejected it."));
            }
        }
    }
}
