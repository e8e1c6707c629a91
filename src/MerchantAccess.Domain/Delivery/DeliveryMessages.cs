using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Delivery;

/// <summary>Builds the queue messages of the notices sent after account changes.</summary>
public static class DeliveryMessages
{
    /// <summary>The confirmation e-mail after a first connection, a password change or an expired password renewed.</summary>
    public static DeliveryMessage PasswordChanged(UserAccount user, string reason, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new DeliveryMessage(DeliveryKind.PasswordChanged, Identifiers.New(), user.CompanyId, user.Id, null) { Reason = reason, RequestedAt = requestedAt };
    }

    /// <summary>The notice to the former address after the account's e-mail address changed.</summary>
    public static DeliveryMessage EmailChanged(UserAccount user, string formerEmail, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new DeliveryMessage(DeliveryKind.EmailChanged, Identifiers.New(), user.CompanyId, user.Id, null) { FormerEmail = formerEmail, RequestedAt = requestedAt };
    }
}
