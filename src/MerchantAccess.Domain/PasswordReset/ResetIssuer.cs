using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Secrets;
using Microsoft.Extensions.Options;

namespace MerchantAccess.Domain.PasswordReset;

/// <summary>
/// Puts an account into <see cref="AccountState.ResetPending"/> with a new temporary password, and
/// queues the e-mail that carries it. Every kind of reset (administrator, support, self-service,
/// unlock, account creation) goes through here.
/// </summary>
public sealed class ResetIssuer(
    IPasswordHasher hasher,
    ISecretProtector protector,
    TemporaryPasswordGenerator generator,
    IDeliveryQueue deliveries,
    IOptions<AccountPolicyOptions> options)
{
    private readonly AccountPolicyOptions _options = options.Value;

    /// <summary>
    /// Generates, hashes and seals a temporary password for <paramref name="userId"/>. A caller that
    /// must not issue the same reset twice passes its own <paramref name="resetId"/>.
    /// </summary>
    public async Task<ResetCredentials> PrepareAsync(string userId, CancellationToken cancellationToken, string? resetId = null)
    {
        resetId ??= Identifiers.New();
        var temporaryPassword = generator.Generate();
        return new ResetCredentials(
            resetId,
            Identifiers.New(),
            await hasher.HashAsync(temporaryPassword, cancellationToken),
            protector.Protect(temporaryPassword, SecretPurposes.TemporaryPassword(userId, resetId)));
    }

    /// <summary>
    /// Returns <paramref name="user"/> with the reset pending: the own password no longer works,
    /// sessions and failure counters are cleared, and the credentials e-mail is marked queued.
    /// </summary>
    public UserAccount Apply(UserAccount user, ResetCredentials credentials, ResetOrigin origin, DateTimeOffset now) => user with
    {
        State = AccountState.ResetPending,
        StateChangedAt = now,
        PasswordHash = null,
        FailedPasswordCount = 0,
        PasswordLockedUntil = null,
        Sessions = [],
        Reset = new PendingReset
        {
            Id = credentials.ResetId,
            IssuedAt = now,
            ExpiresAt = now + _options.TemporaryPasswordLifetime,
            TemporaryPasswordHash = credentials.TemporaryPasswordHash,
            SealedTemporaryPassword = credentials.SealedTemporaryPassword,
            Origin = origin,
        },
        Delivery = new DeliveryStatus(credentials.DeliveryId, "email", DeliveryState.Queued, now),
    };

    /// <summary>
    /// Queues the credentials e-mail of a committed reset.
    /// </summary>
    public Task QueueAsync(UserAccount user, ResetCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(credentials);

        // The reset is committed before the message is queued. If queueing fails the caller gets an
        // error, and DeliverySweepService queues the e-mail again from the account's queued status.
        var message = new DeliveryMessage(DeliveryKind.Credentials, credentials.DeliveryId, user.CompanyId, user.Id, credentials.ResetId)
        {
            RequestedAt = user.Reset?.IssuedAt,
        };
        return deliveries.EnqueueAsync(message, cancellationToken);
    }
}
