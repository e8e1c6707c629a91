using System.Globalization;
using System.Text.Json;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Logins;
using MerchantAccess.Domain.Notifications;
using MerchantAccess.Domain.Passwords;
using MerchantAccess.Domain.Secrets;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Infrastructure.Seeding;

/// <summary>
/// Loads demo companies and accounts. Seeding is idempotent: a company is matched by name and an
/// account by login, and what exists already is left as it is, so a password changed during a
/// demo survives a restart.
/// </summary>
public sealed partial class DemoDataSeeder(
    IAccountStore store,
    IPasswordHasher hasher,
    ISecretProtector protector,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>Name of the organisation that holds the support agents.</summary>
    public const string SupportOrganisationName = "Merchant Support";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads and validates a demo file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON or an entry is incomplete; the message names the entry.</exception>
    public static async Task<DemoData> ReadAsync(string path, CancellationToken cancellationToken)
    {
        DemoData? data;
        try
        {
            await using var stream = File.OpenRead(path);
            data = await JsonSerializer.DeserializeAsync<DemoData>(stream, Json, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The demo data file {path} is not valid JSON: {exception.Message}", exception);
        }

        if (data is null)
        {
            throw new InvalidDataException($"The demo data file {path} is empty.");
        }

        Validate(data, path);
        return data;
    }

    /// <summary>Creates the companies and accounts of <paramref name="data"/> that do not exist yet.</summary>
    public async Task SeedAsync(DemoData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);

        var existing = await store.ListCompaniesAsync(cancellationToken);
        var created = 0;
        foreach (var demoCompany in data.Companies)
        {
            var company = await EnsureCompanyAsync(existing, demoCompany.Name, demoCompany.SecurityCode, isSupport: false, cancellationToken);
            foreach (var user in demoCompany.Users)
            {
                created += await EnsureUserAsync(company, user, UserRole.Merchant, cancellationToken) ? 1 : 0;
            }
        }

        if (data.SupportAgents.Count > 0)
        {
            var support = await EnsureCompanyAsync(existing, SupportOrganisationName, SecurityCodes.Generate(), isSupport: true, cancellationToken);
            foreach (var agent in data.SupportAgents)
            {
                created += await EnsureUserAsync(support, agent, UserRole.Support, cancellationToken) ? 1 : 0;
            }
        }

        LogSeeded(logger, data.Companies.Count, created);
    }

    private async Task<Company> EnsureCompanyAsync(IReadOnlyList<CompanySummary> existing, string name, string securityCode, bool isSupport, CancellationToken cancellationToken)
    {
        var match = existing.FirstOrDefault(company => string.Equals(company.Name, name, StringComparison.OrdinalIgnoreCase) && company.IsSupportOrganisation == isSupport);
        if (match is not null && await store.FindCompanyAsync(match.Id, cancellationToken) is { } found)
        {
            return found;
        }

        var id = Identifiers.New();
        var company = new Company
        {
            Id = id,
            Name = name,
            ProtectedSecurityCode = protector.Protect(securityCode, SecretPurposes.CompanySecurityCode(id)),
            IsSupportOrganisation = isSupport,
            CreatedAt = time.GetUtcNow(),
        };
        await store.CreateCompanyAsync(company, cancellationToken);
        return company;
    }

    private async Task<bool> EnsureUserAsync(Company company, DemoUser demo, UserRole role, CancellationToken cancellationToken)
    {
        var normalized = LoginNormalizer.Normalize(demo.Login);
        if (await store.FindByLoginAsync(normalized, cancellationToken) is not null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var hash = await hasher.HashAsync(demo.Password, cancellationToken);
        var (first, last) = NamesFromLogin(demo.Login);
        var user = new UserAccount
        {
            Id = Identifiers.New(),
            CompanyId = company.Id,
            Login = demo.Login.Trim(),
            NormalizedLogin = normalized,
            Title = demo.Title ?? "",
            FirstName = demo.FirstName ?? first,
            LastName = demo.LastName ?? last,
            Email = demo.Email,
            PhoneNumber = demo.PhoneNumber,
            Language = Language.Resolve(demo.Language),
            Permissions = demo.Permissions.Contains("manageUsers", StringComparer.Ordinal) ? UserPermissions.ManageUsers : UserPermissions.None,
            Role = role,
            State = AccountState.Active,
            StateChangedAt = now,
            CreatedAt = now,
            PasswordHash = hash,
            PasswordChangedAt = now,
            PasswordHistory = [hash],
        };
        var createdEvent = new AccountEvent
        {
            Type = AccountEventTypes.UserCreated,
            OccurredAt = now,
            CompanyId = company.Id,
            TargetUserId = user.Id,
            ActorRole = AccountEvents.SystemRole,
            Outcome = EventOutcome.Success,
            Reason = "demoData",
        };
        return await store.TryCreateUserAsync(user, createdEvent, cancellationToken);
    }

    private static (string First, string Last) NamesFromLogin(string login)
    {
        var parts = login.Split(['.', '_', '-'], 2, StringSplitOptions.RemoveEmptyEntries);
        var culture = CultureInfo.GetCultureInfo("fr-FR");
        return parts.Length == 2
            ? (culture.TextInfo.ToTitleCase(parts[0]), culture.TextInfo.ToTitleCase(parts[1]))
            : ("", culture.TextInfo.ToTitleCase(login));
    }

    private static void Validate(DemoData data, string path)
    {
        if (data.Companies.Count == 0)
        {
            throw new InvalidDataException($"The demo data file {path} lists no company.");
        }

        foreach (var company in data.Companies)
        {
            if (string.IsNullOrWhiteSpace(company.Name))
            {
                throw new InvalidDataException($"A company in {path} has no name.");
            }

            if (company.SecurityCode.Trim().Length is < SecurityCodes.MinLength or > SecurityCodes.MaxLength)
            {
                throw new InvalidDataException($"The security code of company '{company.Name}' in {path} must have {SecurityCodes.MinLength} to {SecurityCodes.MaxLength} characters.");
            }

            foreach (var user in company.Users)
            {
                ValidateUser(user, $"company '{company.Name}'", path);
            }
        }

        foreach (var agent in data.SupportAgents)
        {
            ValidateUser(agent, "supportAgents", path);
        }
    }

    private static void ValidateUser(DemoUser user, string owner, string path)
    {
        if (LoginRules.Validate("login", user.Login) is { } error)
        {
            throw new InvalidDataException($"A user of {owner} in {path} has an invalid login '{user.Login}': {error.Reason}.");
        }

        if (string.IsNullOrWhiteSpace(user.Password) || string.IsNullOrWhiteSpace(user.Email))
        {
            throw new InvalidDataException($"The user '{user.Login}' of {owner} in {path} needs a password and an e-mail address.");
        }
    }

    [LoggerMessage(EventId = LogEventIds.DemoDataSeeded, Level = LogLevel.Information, Message = "Demo data seeded: {CompanyCount} companies, {CreatedCount} accounts created")]
    private static partial void LogSeeded(ILogger logger, int companyCount, int createdCount);
}
