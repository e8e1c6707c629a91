namespace MerchantAccess.Infrastructure.Security;

/// <summary>
/// Keys of the secret protector and the token signer, bound from <c>MerchantAccess:Secrets</c>.
/// In Azure the values are Key Vault references resolved by the platform.
/// </summary>
public sealed class SecretsOptions
{
    public const string SectionName = "MerchantAccess:Secrets";

    /// <summary>Base64 of the 32-byte AES-256 key that encrypts security codes and temporary passwords.</summary>
    public string EncryptionKey { get; set; } = "";

    /// <summary>
    /// Base64 keys, separated by <c>;</c>, that were current before a rotation. Values encrypted
    /// with them can still be read; new values use <see cref="EncryptionKey"/>.
    /// </summary>
    public string PreviousEncryptionKeys { get; set; } = "";

    /// <summary>Base64 of the key, at least 32 bytes, that signs access and challenge tokens (HMAC-SHA256).</summary>
    public string TokenSigningKey { get; set; } = "";
}
