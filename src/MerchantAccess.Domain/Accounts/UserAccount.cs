namespace MerchantAccess.Domain.Accounts;

/// <summary>
/// A user account with its credentials and lock state. Instances are immutable: an operation
/// builds the next state with <c>with</c> and commits it conditionally on the version it read.
/// </summary>
public sealed record UserAccount
{
    public required string Id { get; init; }

    public required string CompanyId { get; init; }

    /// <summary>The login as the user or administrator typed it.</summary>
    public required string Login { get; init; }

    /// <summary>The login after Unicode compatibility normalisation and case folding, unique on the platform.</summary>
    public required string NormalizedLogin { get; init; }

    public string Title { get; init; } = "";

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Email { get; init; }

    /// <summary>Mobile phone number in E.164 form, when recorded.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Two-letter language of e-mails and SMS: <c>fr</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>IANA time zone of the user, for display by the front end.</summary>
    public string TimeZone { get; init; } = "Europe/Paris";

    public UserPermissions Permissions { get; init; }

    /// <summary>A read-only user may view data but change nothing, even with <see cref="UserPermissions.ManageUsers"/>.</summary>
    public bool ReadOnly { get; init; }

    public UserRole Role { get; init; }

    public AccountState State { get; init; }

    /// <summary>When <see cref="State"/> last changed; for a lock, since when it holds.</summary>
    public required DateTimeOffset StateChangedAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }

    /// <summary>When support last put the account back in service after it was disabled.</summary>
    public DateTimeOffset? ReactivatedAt { get; init; }

    /// <summary>Hash of the user's own password, or <c>null</c> while a reset is pending.</summary>
    public string? PasswordHash { get; init; }

    public DateTimeOffset? PasswordChangedAt { get; init; }

    /// <summary>Hashes of the previous passwords, newest first, for the reuse rule.</summary>
    public IReadOnlyList<string> PasswordHistory { get; init; } = [];

    /// <summary>Consecutive wrong passwords since the last success, reset or unlock.</summary>
    public int FailedPasswordCount { get; init; }

    /// <summary>When a timed password lock ends; <c>null</c> when the lock holds until a reset.</summary>
    public DateTimeOffset? PasswordLockedUntil { get; init; }

    public PendingReset? Reset { get; init; }

    public IReadOnlyList<UserSession> Sessions { get; init; } = [];

    public DeliveryStatus? Delivery { get; init; }

    public string DisplayName => $"{FirstName} {LastName}".Trim();

    public bool IsAdministrator => Permissions.HasFlag(UserPermissions.ManageUsers);

    public LockKind? Lock => State switch
    {
        AccountState.PasswordLocked => LockKind.Password,
        AccountState.CodeLocked => LockKind.SecurityCode,
        _ => null,
    };
}
