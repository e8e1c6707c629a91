using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;
using MerchantAccess.Domain.Delivery;
using MerchantAccess.Domain.Events;
using MerchantAccess.Domain.Logins;
using MerchantAccess.Domain.PasswordReset;
using MerchantAccess.Domain.Secrets;
using Microsoft.Extensions.Logging;

namespace MerchantAccess.Domain.Users;

/// <summary>
/// What administrators do to the users of their company, and support to any merchant user:
/// create, view, edit, disable and enable, and (support only) change permissions.
/// </summary>
public sealed partial class UserAdministrationService(
    IAccountStore store,
    AccountLookup lookup,
    AccountUpdater updater,
    ResetIssuer issuer,
    ISecretProtector protector,
    IDeliveryQueue deliveries,
    TimeProvider time,
    ILogger<UserAdministrationService> logger)
{
    /// <summary>
    /// Creates a user with a pending reset, so they receive identifiers by e-mail exactly as after
    /// a reset. Nobody grants a permission they do not hold. A login that another account holds, in
    /// any spelling that normalises alike, is a conflict; a generated login takes the next free number.
    /// </summary>
    public async Task<Result<PasswordResetIssued>> CreateAsync(Actor actor, NewUser request, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);

        if (!actor.IsSupport && (!actor.Permissions.HasFlag(UserPermissions.ManageUsers) || actor.ReadOnly))
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        if (!actor.IsSupport && (request.Permissions & ~actor.Permissions) != UserPermissions.None)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        var errors = Validate(request);
        var company = await FindTargetCompanyAsync(actor, request.CompanyId, errors, cancellationToken);
        if (errors.Count > 0 || company is null)
        {
            return new Failure(FailureCode.ValidationFailed) { FieldErrors = errors };
        }

        var now = time.GetUtcNow();
        var userId = Identifiers.New();
        var credentials = await issuer.PrepareAsync(userId, cancellationToken);
        var candidates = request.Login is { } login ? [login.Trim()] : LoginGenerator.Candidates(request.FirstName, request.LastName);
        foreach (var candidate in candidates)
        {
            var user = issuer.Apply(NewAccount(userId, company.Id, candidate, request, now), credentials, ResetOrigin.AccountCreation, now);
            var created = AccountEvents.ByActor(actor, user, AccountEventTypes.UserCreated, EventOutcome.Success, now, origin);
            if (await store.TryCreateUserAsync(user, created, cancellationToken))
            {
                await issuer.QueueAsync(user, credentials, cancellationToken);
                LogUserCreated(logger, user.Id, company.Id, actor.UserId);
                return new PasswordResetIssued(user, company, UnprotectCode(company));
            }
        }

        return new Failure(FailureCode.Conflict) { FieldErrors = [new FieldError("login", "alreadyTaken")] };
    }

    /// <summary>Returns a user the actor may view, with their company.</summary>
    public Task<Result<AccountSnapshot>> GetAsync(Actor actor, string userId, CancellationToken cancellationToken) =>
        lookup.FindForViewAsync(actor, userId, cancellationToken);

    /// <summary>
    /// Edits a user's profile. When the e-mail address changes, the former address is notified, so a
    /// hijacked account cannot move its recovery address silently.
    /// </summary>
    public async Task<Result<AccountSnapshot>> UpdateAsync(Actor actor, string userId, UserChanges changes, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);

        var found = await lookup.FindForManagementAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        var errors = Validate(changes);
        if (errors.Count > 0)
        {
            return new Failure(FailureCode.ValidationFailed) { FieldErrors = errors };
        }

        string? formerEmail = null;
        var outcome = await updater.UpdateAsync<AccountSnapshot>(found.Value, (snapshot, now) =>
        {
            var updated = Apply(snapshot.User, changes);
            formerEmail = null;
            if (updated == snapshot.User)
            {
                return AccountDecision<AccountSnapshot>.Answer(snapshot);
            }

            var events = new List<AccountEvent>
            {
                AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.UserUpdated, EventOutcome.Success, now, origin, details: new Dictionary<string, string>
                {
                    ["fields"] = string.Join(',', ChangedFields(snapshot.User, updated)),
                }),
            };
            if (!string.Equals(updated.Email, snapshot.User.Email, StringComparison.OrdinalIgnoreCase))
            {
                formerEmail = snapshot.User.Email;
                events.Add(AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.EmailChanged, EventOutcome.Success, now, origin));
            }

            return AccountDecision<AccountSnapshot>.Commit(updated, events, snapshot with { User = updated });
        }, cancellationToken);

        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        if (formerEmail is not null)
        {
            await deliveries.EnqueueAsync(DeliveryMessages.EmailChanged(outcome.Value.User, formerEmail, time.GetUtcNow()), cancellationToken);
        }

        LogUserUpdated(logger, userId, actor.UserId);
        return outcome;
    }

    /// <summary>
    /// Takes a user out of service: sign-in is refused and every session ends. Administrators and
    /// support may disable; nobody may disable their own account.
    /// </summary>
    public async Task<Result<AccountSnapshot>> DisableAsync(Actor actor, string userId, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var found = await lookup.FindForManagementAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        if (userId == actor.UserId)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        var outcome = await updater.UpdateAsync<AccountSnapshot>(found.Value, (snapshot, now) =>
        {
            if (snapshot.User.State == AccountState.Disabled)
            {
                return AccountDecision<AccountSnapshot>.Answer(snapshot);
            }

            var disabled = snapshot.User with { State = AccountState.Disabled, StateChangedAt = now, Sessions = [] };
            var disabledEvent = AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.AccountDisabled, EventOutcome.Success, now, origin);
            return AccountDecision<AccountSnapshot>.Commit(disabled, [disabledEvent], snapshot with { User = disabled });
        }, cancellationToken);

        if (outcome.IsSuccess)
        {
            LogAccountDisabled(logger, userId, actor.UserId);
        }

        return outcome;
    }

    /// <summary>
    /// Puts a disabled user back in service, for support only. The user gets new identifiers, as
    /// after a reset, because whoever holds the old password is not known any more.
    /// </summary>
    public async Task<Result<PasswordResetIssued>> EnableAsync(Actor actor, string userId, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var found = await lookup.FindForManagementAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        if (!actor.IsSupport)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        var credentials = await issuer.PrepareAsync(userId, cancellationToken);
        var outcome = await updater.UpdateAsync<PasswordResetIssued>(found.Value, (snapshot, now) =>
        {
            if (snapshot.User.State != AccountState.Disabled)
            {
                return AccountDecision<PasswordResetIssued>.Answer(Failure.Conflict(ConflictReason.NotDisabled));
            }

            var enabled = issuer.Apply(snapshot.User, credentials, ResetOrigin.Reactivation, now) with { ReactivatedAt = now };
            var events = new[]
            {
                AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.AccountEnabled, EventOutcome.Success, now, origin),
                AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.PasswordReset, EventOutcome.Success, now, origin),
            };
            return AccountDecision<PasswordResetIssued>.Commit(enabled, events, new PasswordResetIssued(enabled, snapshot.Company, UnprotectCode(snapshot.Company)));
        }, cancellationToken);

        if (outcome.IsSuccess)
        {
            await issuer.QueueAsync(outcome.Value.User, credentials, cancellationToken);
            LogAccountEnabled(logger, userId, actor.UserId);
        }

        return outcome;
    }

    /// <summary>
    /// Grants or revokes permissions, for support only. Support agents hold every permission, so
    /// nobody grants more than they hold.
    /// </summary>
    public async Task<Result<AccountSnapshot>> SetPermissionsAsync(Actor actor, string userId, UserPermissions permissions, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var found = await lookup.FindForManagementAsync(actor, userId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }

        if (!actor.IsSupport)
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        if (found.Value.User.Role == UserRole.Support)
        {
            return Failure.Conflict(ConflictReason.SupportAccount);
        }

        var outcome = await updater.UpdateAsync<AccountSnapshot>(found.Value, (snapshot, now) =>
        {
            if (snapshot.User.Permissions == permissions)
            {
                return AccountDecision<AccountSnapshot>.Answer(snapshot);
            }

            var updated = snapshot.User with { Permissions = permissions };
            var changed = AccountEvents.ByActor(actor, snapshot.User, AccountEventTypes.PermissionsChanged, EventOutcome.Success, now, origin, details: new Dictionary<string, string>
            {
                ["from"] = snapshot.User.Permissions.ToString(),
                ["to"] = permissions.ToString(),
            });
            return AccountDecision<AccountSnapshot>.Commit(updated, [changed], snapshot with { User = updated });
        }, cancellationToken);

        if (outcome.IsSuccess)
        {
            LogPermissionsChanged(logger, userId, actor.UserId, permissions);
        }

        return outcome;
    }

    private async Task<Company?> FindTargetCompanyAsync(Actor actor, string? companyId, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (!actor.IsSupport)
        {
            if (companyId is not null && companyId != actor.CompanyId)
            {
                // Another company is treated like one that does not exist.
                errors.Add(new FieldError("companyId", "notFound"));
                return null;
            }

            return await store.FindCompanyAsync(actor.CompanyId, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(companyId))
        {
            errors.Add(new FieldError("companyId", "required"));
            return null;
        }

        var company = Identifiers.IsWellFormed(companyId) ? await store.FindCompanyAsync(companyId, cancellationToken) : null;
        if (company is null || company.IsSupportOrganisation)
        {
            errors.Add(new FieldError("companyId", "notFound"));
            return null;
        }

        return company;
    }

    private static List<FieldError> Validate(NewUser request)
    {
        var errors = new List<FieldError>();
        if (request.Login is not null && LoginRules.Validate("login", request.Login) is { } loginError)
        {
            errors.Add(loginError);
        }

        UserFieldRules.Title(errors, request.Title);
        UserFieldRules.Name(errors, "firstName", request.FirstName);
        UserFieldRules.Name(errors, "lastName", request.LastName);
        UserFieldRules.Email(errors, request.Email);
        UserFieldRules.LanguageCode(errors, request.Language);
        UserFieldRules.TimeZone(errors, request.TimeZone);
        UserFieldRules.PhoneNumber(errors, request.PhoneNumber);
        return errors;
    }

    private static List<FieldError> Validate(UserChanges changes)
    {
        var errors = new List<FieldError>();
        UserFieldRules.Title(errors, changes.Title);
        if (changes.FirstName is not null)
        {
            UserFieldRules.Name(errors, "firstName", changes.FirstName);
        }

        if (changes.LastName is not null)
        {
            UserFieldRules.Name(errors, "lastName", changes.LastName);
        }

        if (changes.Email is not null)
        {
            UserFieldRules.Email(errors, changes.Email);
        }

        if (changes.Language is not null)
        {
            UserFieldRules.LanguageCode(errors, changes.Language);
        }

        UserFieldRules.TimeZone(errors, changes.TimeZone);
        if (changes.PhoneNumber is { Length: > 0 })
        {
            UserFieldRules.PhoneNumber(errors, changes.PhoneNumber);
        }

        return errors;
    }

    private static UserAccount NewAccount(string userId, string companyId, string login, NewUser request, DateTimeOffset now) => new()
    {
        Id = userId,
        CompanyId = companyId,
        Login = login,
        NormalizedLogin = LoginNormalizer.Normalize(login),
        Title = request.Title?.Trim() ?? "",
        FirstName = request.FirstName.Trim(),
        LastName = request.LastName.Trim(),
        Email = request.Email.Trim(),
        PhoneNumber = UserFieldRules.NormalizePhoneNumber(request.PhoneNumber),
        Language = request.Language,
        TimeZone = request.TimeZone ?? "Europe/Paris",
        Permissions = request.Permissions,
        ReadOnly = request.ReadOnly,
        Role = UserRole.Merchant,
        State = AccountState.ResetPending,
        StateChangedAt = now,
        CreatedAt = now,
    };

    private static UserAccount Apply(UserAccount user, UserChanges changes) => user with
    {
        Title = changes.Title?.Trim() ?? user.Title,
        FirstName = changes.FirstName?.Trim() ?? user.FirstName,
        LastName = changes.LastName?.Trim() ?? user.LastName,
        Email = changes.Email?.Trim() ?? user.Email,
        PhoneNumber = changes.PhoneNumber is null ? user.PhoneNumber : UserFieldRules.NormalizePhoneNumber(changes.PhoneNumber),
        Language = changes.Language ?? user.Language,
        TimeZone = changes.TimeZone ?? user.TimeZone,
        ReadOnly = changes.ReadOnly ?? user.ReadOnly,
    };

    private static IEnumerable<string> ChangedFields(UserAccount before, UserAccount after)
    {
        if (before.Title != after.Title) yield return "title";
        if (before.FirstName != after.FirstName) yield return "firstName";
        if (before.LastName != after.LastName) yield return "lastName";
        if (before.Email != after.Email) yield return "email";
        if (before.PhoneNumber != after.PhoneNumber) yield return "phoneNumber";
        if (before.Language != after.Language) yield return "language";
        if (before.TimeZone != after.TimeZone) yield return "timeZone";
        if (before.ReadOnly != after.ReadOnly) yield return "readOnly";
    }

    private string UnprotectCode(Company company) =>
        protector.Unprotect(company.ProtectedSecurityCode, SecretPurposes.CompanySecurityCode(company.Id));

    [LoggerMessage(EventId = LogEventIds.UserCreated, Level = LogLevel.Information, Message = "User {UserId} created in company {CompanyId} by {ActorId}")]
    private static partial void LogUserCreated(ILogger logger, string userId, string companyId, string actorId);

    [LoggerMessage(EventId = LogEventIds.UserUpdated, Level = LogLevel.Information, Message = "User {UserId} edited by {ActorId}")]
    private static partial void LogUserUpdated(ILogger logger, string userId, string actorId);

    [LoggerMessage(EventId = LogEventIds.AccountDisabled, Level = LogLevel.Information, Message = "Account {UserId} disabled by {ActorId}")]
    private static partial void LogAccountDisabled(ILogger logger, string userId, string actorId);

    [LoggerMessage(EventId = LogEventIds.AccountEnabled, Level = LogLevel.Information, Message = "Account {UserId} enabled by {ActorId}")]
    private static partial void LogAccountEnabled(ILogger logger, string userId, string actorId);

    [LoggerMessage(EventId = LogEventIds.PermissionsChanged, Level = LogLevel.Information, Message = "Permissions of user {UserId} set to {Permissions} by {ActorId}")]
    private static partial void LogPermissionsChanged(ILogger logger, string userId, string actorId, UserPermissions permissions);
}
