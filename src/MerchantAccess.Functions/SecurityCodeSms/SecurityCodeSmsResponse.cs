using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.SecurityCodeSms;
using MerchantAccess.Functions.Users;

namespace MerchantAccess.Functions.SecurityCodeSms;

/// <summary>The body of an accepted security-code SMS request. It never carries the code.</summary>
/// <param name="Message">A confirmation to show the administrator, in the language of the request.</param>
/// <param name="PhoneNumber">Where the SMS goes, in E.164 form.</param>
public sealed record SecurityCodeSmsResponse(string Message, string PhoneNumber, DeliveryStatusResource? DeliveryStatus)
{
    public static SecurityCodeSmsResponse From(SecurityCodeSmsQueued queued, string language)
    {
        ArgumentNullException.ThrowIfNull(queued);

        var name = TextSanitizer.SingleLine(queued.User.DisplayName);
        var number = queued.Destination.International;
        var message = language == Language.English
            ? $"The company security code is being sent by SMS to {name} at {number}."
            : $"Le code de sécurité de la société est en cours d'envoi par SMS à {name} au {number}.";
        var status = queued.User.Delivery is { } delivery ? DeliveryStatusResource.From(delivery) : null;
        return new SecurityCodeSmsResponse(message, queued.Destination.E164, status);
    }
}
