using Azure.Core;
using Azure.Identity;

namespace MerchantAccess.Functions.Telemetry;

/// <summary>
/// Reads <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>, the setting with which the Functions
/// host sends telemetry with an Entra ID token, so that the worker's exporter signs in as the
/// same managed identity. Application Insights with local authentication disabled accepts nothing else.
/// </summary>
public static class TelemetryCredentials
{
    /// <summary>
    /// Parses <c>Authorization=AAD</c>, optionally followed by <c>;ClientId=</c> and the client id
    /// of a user-assigned identity; names and <c>AAD</c> are case-insensitive.
    /// </summary>
    public static bool TryParseAuthenticationString(string value, out string? clientId)
    {
        ArgumentNullException.ThrowIfNull(value);

        clientId = null;
        var usesEntraId = false;
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
            {
                return false;
            }

            if (pair[0].Equals("Authorization", StringComparison.OrdinalIgnoreCase) && pair[1].Equals("AAD", StringComparison.OrdinalIgnoreCase))
            {
                usesEntraId = true;
            }
            else if (pair[0].Equals("ClientId", StringComparison.OrdinalIgnoreCase) && Guid.TryParse(pair[1], out _))
            {
                clientId = pair[1];
            }
            else
            {
                return false;
            }
        }

        return usesEntraId;
    }

    /// <summary>
    /// The managed identity named by the setting: the user-assigned one of its <c>ClientId</c>, or
    /// the system-assigned one. Returns <c>null</c> when the setting is empty, and the exporter then
    /// sends with the instrumentation key alone.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is not in the format of <see cref="TryParseAuthenticationString"/>.</exception>
    public static TokenCredential? FromAuthenticationString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!TryParseAuthenticationString(value, out var clientId))
        {
            throw new InvalidOperationException(
                $"{TelemetryServiceCollectionExtensions.AuthenticationSetting} must be 'Authorization=AAD' or 'Authorization=AAD;ClientId=<client id of the managed identity>'.");
        }

        return clientId is null
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
