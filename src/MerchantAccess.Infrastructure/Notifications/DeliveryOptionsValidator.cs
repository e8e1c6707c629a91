using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Notifications;

/// <summary>
/// Checks the delivery settings at start-up, so a misconfigured transport stops the app with a
/// message that names the setting instead of failing every delivery later.
/// </summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    private const string Prefix = "MerchantAccess__Delivery__";

    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<string>();
        if (!options.UsesAcs && !string.Equals(options.Transport, DeliveryOptions.OutboxTransport, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{Prefix}Transport must be '{DeliveryOptions.OutboxTransport}' or '{DeliveryOptions.AcsTransport}'; it is '{options.Transport}'.");
        }

        if (string.IsNullOrWhiteSpace(options.SenderAddress))
        {
            errors.Add($"{Prefix}SenderAddress is required.");
        }

        if (options.UsesAcs)
        {
            ValidateAcs(options, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateAcs(DeliveryOptions options, List<string> errors)
    {
        if (!Uri.TryCreate(options.AcsEndpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{Prefix}AcsEndpoint must be the https address of the Communication Services resource, such as https://name.communication.azure.com; it is '{options.AcsEndpoint}'.");
        }

        if (options.UsesAccessKey)
        {
            if (!IsBase64(options.AcsAccessKey))
            {
                errors.Add($"{Prefix}AcsAccessKey must be the base64 access key of the resource when {Prefix}AcsAuthentication is '{DeliveryOptions.AccessKeyAuthentication}'.");
            }
        }
        else if (!string.Equals(options.AcsAuthentication, DeliveryOptions.ManagedIdentityAuthentication, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{Prefix}AcsAuthentication must be '{DeliveryOptions.ManagedIdentityAuthentication}' or '{DeliveryOptions.AccessKeyAuthentication}'; it is '{options.AcsAuthentication}'.");
        }
    }

    private static bool IsBase64(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written > 0;
    }
}
