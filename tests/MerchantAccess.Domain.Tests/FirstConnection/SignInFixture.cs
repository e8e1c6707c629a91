using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.FirstConnection;
using MerchantAccess.Domain.Lockout;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Secrets;
using MerchantAccess.Domain.Sessions;
using MerchantAccess.Domain.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MerchantAccess.Domain.Tests.FirstConnection;

/// <summary>The sign-in services wired to in-memory fakes, with one company and one user.</summary>
public sealed class SignInFixture
{
    public const string SecurityCode = "BD7429QM";
    public const string Password = "Boulangerie2026";
    public const string TemporaryPassword = "Tmp2026abcdXY";

    public SignInFixture(AccountPolicyOptions? policy = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(policy ?? new AccountPolicyOptions());
        Tokens = new FakeTokenService(Time);
        var sessions = new SessionOpener(Tokens, Options);
        SignIn = new SignInService(Store, Hasher, Tokens, sessions, new PasswordLockout(Options), Time, Options, NullLogger<SignInService>.Instance);
        SecurityCodes = new SecurityCodeService(Store, Protector, Tokens, Time, Options, NullLogger<SecurityCodeService>.Instance);
        NewPasswords = new NewPasswordService(Store, Hasher, new PasswordPolicy(Hasher), Tokens, sessions, Deliveries, Time, Options, NullLogger<NewPasswordService>.Instance);

        Company = new Company
        {
            Id = TestAccounts.Active().CompanyId,
            Name = "Boulangerie Dupont",
            ProtectedSecurityCode = Protector.Protect(SecurityCode, SecretPurposes.CompanySecurityCode(TestAccounts.Active().CompanyId)),
            CreatedAt = TestAccounts.Now,
        };
    }

    public FakeTimeProvider Time { get; } = new(TestAccounts.Now);

    public InMemoryAccountStore Store { get; } = new();

    public RecordingDeliveryQueue Deliveries { get; } = new();

    public FakePasswordHasher Hasher { get; } = new();

    public ReversibleProtector Protector { get; } = new();

    public FakeTokenService Tokens { get; }

    public IOptions<AccountPolicyOptions> Options { get; }

    public Company Company { get; }

    public SignInService SignIn { get; }

    public SecurityCodeService SecurityCodes { get; }

    public NewPasswordService NewPasswords { get; }

    public RequestOrigin Origin { get; } = new("203.0.113.7");

    public UserAccount AddActiveUser()
    {
        var hash = FakePasswordHasher.Hash(Password);
        var user = TestAccounts.Active("marc.leroy", hash);
        Store.Add(Company, user);
        return user;
    }

    public UserAccount AddUserWithPendingReset()
    {
        var user = TestAccounts.Active() with
        {
            State = AccountState.ResetPending,
            PasswordHash = null,
            Reset = new PendingReset
            {
                Id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                IssuedAt = TestAccounts.Now,
                ExpiresAt = TestAccounts.Now.AddHours(24),
                TemporaryPasswordHash = FakePasswordHasher.Hash(TemporaryPassword),
                Origin = ResetOrigin.Administrator,
            },
        };
        Store.Add(Company, user);
        return user;
    }
}
