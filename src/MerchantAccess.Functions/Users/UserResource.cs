using MerchantAccess.Domain.Accounts;

namespace MerchantAccess.Functions.Users;

/// <summary>A user as the API shows it to administrators and support. It never carries a secret.</summary>
public sealed record UserResource
{
    public required string Id { get; init; }

    public required string CompanyId { get; init; }

    public string? CompanyName { get; init; }

    public required string Login { get; init; }

    public required string Title { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Email { get; init; }

    public string? PhoneNumber { get; init; }

    public required string Language { get; init; }

    public required string TimeZone { get; init; }

    public required IReadOnlyList<string> Permissions { get; init; }

    public required string Role { get; init; }

    public required bool ReadOnly { get; init; }

    public required string State { get; init; }

    public required DateTimeOffset StateChangedAt { get; init; }

    public DeliveryStatusResource? DeliveryStatus { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The company security code, given only in the answers that start a first connection
    /// (creation, enabling, unlock), so the administrator can pass it on.
    /// </summary>
    public string? CompanySecurityCode { get; init; }

    public static UserResource From(UserAccount user, Company? company = null)
    {
        ArgumentNullException.ThrowIfNull(user);

        return new UserResource
        {
            Id = user.Id,
            CompanyId = user.CompanyId,
            CompanyName = company?.Name,
            Login = user.Login,
            Title = user.Title,
            FirstName = user.FirstName,
            LastName = user.LastName,
            Email = user.Email,
            PhoneNumber = user.PhoneNumber,
            Language = user.Language,
            TimeZone = user.TimeZone,
            Permissions = PermissionNames(user.Permissions),
            Role = user.Role == UserRole.Support ? "support" : "merchant",
            ReadOnly = user.ReadOnly,
            State = StateName(user.State),
            StateChangedAt = user.StateChangedAt,
            DeliveryStatus = user.Delivery is { } delivery ? DeliveryStatusResource.From(delivery) : null,
            LastSignInAt = user.LastSignInAt,
            CreatedAt = user.CreatedAt,
        };
    }

    /// <summary>The contract's name of a state: <c>active</c>, <c>resetPending</c>, <c>passwordLocked</c>, <c>codeLocked</c> or <c>disabled</c>.</summary>
    public static string StateName(AccountState state) => state switch
    {
        AccountState.Active => "active",
        AccountState.ResetPending => "resetPending",
        AccountState.PasswordLocked => "passwordLocked",
        AccountState.CodeLocked => "codeLocked",
        AccountState.Disabled => "disabled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown account state."),
    };

    public static IReadOnlyList<string> PermissionNames(UserPermissions permissions) =>
        permissions.HasFlag(UserPermissions.ManageUsers) ? ["manageUsers"] : [];
}
