namespace MerchantAccess.Domain.PasswordReset;

/// <summary>
/// The secrets of one reset, made once per request so that optimistic retries neither hash again
/// nor change the password that will be e-mailed.
/// </summary>
/// <param name="TemporaryPasswordHash">The hash that sign-in checks.</param>
/// <param name="SealedTemporaryPassword">The password encrypted for the delivery function.</param>
public sealed record ResetCredentials(string ResetId, string DeliveryId, string TemporaryPasswordHash, string SealedTemporaryPassword);
