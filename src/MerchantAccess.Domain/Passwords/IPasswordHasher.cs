namespace MerchantAccess.Domain.Passwords;

/// <summary>
/// Hashes passwords with a slow, salted algorithm and checks them against stored hashes. The work
/// is CPU-bound and deliberately slow, so implementations bound how many run at once and make
/// the others wait without holding a thread.
/// </summary>
public interface IPasswordHasher
{
    Task<string> HashAsync(string password, CancellationToken cancellationToken);

    Task<PasswordVerification> VerifyAsync(string hash, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Spends the time of one verification without a stored hash, so that an unknown login is
    /// answered in the same time as a wrong password.
    /// </summary>
    Task VerifyNothingAsync(string password, CancellationToken cancellationToken);
}
