using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Common;

namespace MerchantAccess.Domain.Users;

/// <summary>
/// Searches users for administrators (their own company) and support (every company). Matching is
/// done in memory, so any character a person types is plain text to compare, never query syntax.
/// </summary>
public sealed class UserSearchService(IAccountStore store)
{
    private static readonly CompareInfo Comparison = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType;

    /// <summary>
    /// Returns one page of the users the actor may view that match <paramref name="query"/>,
    /// sorted by last name, first name, then id.
    /// </summary>
    public async Task<Result<UserPage>> SearchAsync(Actor actor, UserSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);

        if (!actor.IsSupport && !actor.Permissions.HasFlag(UserPermissions.ManageUsers))
        {
            return Failure.Of(FailureCode.Forbidden);
        }

        var after = DecodeToken(query.ContinuationToken);
        if (query.ContinuationToken is not null && after is null)
        {
            return Failure.Validation(new FieldError("continuationToken", "invalidFormat"));
        }

        // NOTE: a search reads every user of the companies in scope; companies have hundreds of
        // users, not millions, and matching "part of a name" cannot use a Table Storage index.
        var companyNames = await CompanyNamesInScopeAsync(actor, cancellationToken);
        var matches = new List<UserAccount>();
        foreach (var companyId in companyNames.Keys)
        {
            var users = await store.ListUsersAsync(companyId, cancellationToken);
            matches.AddRange(users.Where(user => Matches(user, query)));
        }

        matches.Sort(CompareForListing);
        var remaining = after is null ? matches : matches.Where(user => CompareForListing(user, after) > 0).ToList();
        var page = remaining.Take(query.PageSize).ToList();
        var next = remaining.Count > page.Count ? EncodeToken(page[^1]) : null;
        return new UserPage(page, next, companyNames);
    }

    /// <summary>Returns the names of the companies whose users the actor may view, by company id: every company for support, their own for an administrator.</summary>
    private async Task<Dictionary<string, string>> CompanyNamesInScopeAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsSupport)
        {
            var companies = await store.ListCompaniesAsync(cancellationToken);
            return companies.ToDictionary(company => company.Id, company => company.Name, StringComparer.Ordinal);
        }

        var own = await store.FindCompanyAsync(actor.CompanyId, cancellationToken);
        return new Dictionary<string, string>(StringComparer.Ordinal) { [actor.CompanyId] = own?.Name ?? "" };
    }

    private static bool Matches(UserAccount user, UserSearchQuery query)
    {
        if (query.State is { } state && user.State != state)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return true;
        }

        var text = query.Text.Trim().Normalize(NormalizationForm.FormKC);
        return Contains(user.Login, text)
            || Contains(user.FirstName, text)
            || Contains(user.LastName, text)
            || Contains(user.Email, text)
            || Contains(user.DisplayName, text);
    }

    private static bool Contains(string value, string text) =>
        Comparison.IndexOf(value.Normalize(NormalizationForm.FormKC), text, Loose) >= 0;

    private static int CompareForListing(UserAccount a, UserAccount b)
    {
        var byLastName = Comparison.Compare(a.LastName, b.LastName, CompareOptions.IgnoreCase);
        if (byLastName != 0)
        {
            return byLastName;
        }

        var byFirstName = Comparison.Compare(a.FirstName, b.FirstName, CompareOptions.IgnoreCase);
        return byFirstName != 0 ? byFirstName : string.CompareOrdinal(a.Id, b.Id);
    }

    private static string EncodeToken(UserAccount last)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { last.LastName, last.FirstName, last.Id });
        return Base64Url.EncodeToString(json);
    }

    /// <summary>Reads the position a continuation token names, or <c>null</c> when it is not one of ours.</summary>
    private static UserAccount? DecodeToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(token));
            if (parts is not [var lastName, var firstName, var id] || !Identifiers.IsWellFormed(id))
            {
                return null;
            }

            return new UserAccount
            {
                Id = id,
                CompanyId = "",
                Login = "",
                NormalizedLogin = "",
                FirstName = firstName,
                LastName = lastName,
                Email = "",
                StateChangedAt = default,
                CreatedAt = default,
            };
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }
}
