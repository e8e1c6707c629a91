using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MerchantAccess.Domain.Secrets;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Infrastructure.Security;

/// <summary>
/// <see cref="ISecretProtector"/> with AES-256-GCM. A protected value reads
/// <c>v1.{keyId}.{base64url(nonce | ciphertext | tag)}</c>: the key id lets a value written before a
/// key rotation be read with the previous key, and the purpose is the associated data, so a value
/// only opens for the purpose it was protected for.
/// </summary>
public sealed class AesGcmSecretProtector : ISecretProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly ProtectionKey _current;
    private readonly Dictionary<string, ProtectionKey> _keys;

    public AesGcmSecretProtector(IOptions<SecretsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _current = ProtectionKey.Parse(options.Value.EncryptionKey, "MerchantAccess__Secrets__EncryptionKey");
        _keys = new Dictionary<string, ProtectionKey>(StringComparer.Ordinal) { [_current.Id] = _current };
        foreach (var previous in options.Value.PreviousEncryptionKeys.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = ProtectionKey.Parse(previous, "MerchantAccess__Secrets__PreviousEncryptionKeys");
            _keys.TryAdd(key.Id, key);
        }
    }

    public string Protect(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(purpose);

        var plainBytes = Encoding.UTF8.GetBytes(plaintext);
        var payload = new byte[NonceSize + plainBytes.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(_current.Bytes, TagSize);
        aes.Encrypt(nonce, plainBytes, payload.AsSpan(NonceSize, plainBytes.Length), payload.AsSpan(NonceSize + plainBytes.Length), Encoding.UTF8.GetBytes(purpose));
        CryptographicOperations.ZeroMemory(plainBytes);
        return $"{Version}.{_current.Id}.{Base64Url.EncodeToString(payload)}";
    }

    public string Unprotect(string protectedValue, string purpose)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        ArgumentNullException.ThrowIfNull(purpose);

        var parts = protectedValue.Split('.');
        if (parts.Length != 3 || parts[0] != Version || !_keys.TryGetValue(parts[1], out var key))
        {
            throw new CryptographicException("The protected value has an unknown format or was protected with a key that is not configured.");
        }

        byte[] payload;
        try
        {
            payload = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException exception)
        {
            throw new CryptographicException("The protected value is not valid base64url.", exception);
        }

        if (payload.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected value is too short.");
        }

        var cipherLength = payload.Length - NonceSize - TagSize;
        var plainBytes = new byte[cipherLength];
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Decrypt(payload.AsSpan(0, NonceSize), payload.AsSpan(NonceSize, cipherLength), payload.AsSpan(NonceSize + cipherLength), plainBytes, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plainBytes);
    }

    private sealed record ProtectionKey(string Id, byte[] Bytes)
    {
        public static ProtectionKey Parse(string base64, string settingName)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64);
            }
            catch (FormatException exception)
            {
                throw new InvalidOperationException($"The setting {settingName} is not valid base64.", exception);
            }

            if (bytes.Length != 32)
            {
                throw new InvalidOperationException($"The setting {settingName} must be the base64 of exactly 32 bytes (AES-256); it has {bytes.Length}.");
            }

            // The id is a digest of the key: it names the key without revealing it.
            var id = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
            return new ProtectionKey(id, bytes);
        }
    }
}
