namespace MerchantAccess.Domain.Passwords;

/// <summary>Hashes passwords with a slow, salted algorithm and checks them against stored hashes.</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    PasswordVerification Verify(string hash, string password);

    /// <summary>
    /// Spends the time of one verification without a stored hash, so that an unknown login is
    /// answered in the same time as a wrong password.
    /// </summary>
    void VerifyNothing(string password);
}
