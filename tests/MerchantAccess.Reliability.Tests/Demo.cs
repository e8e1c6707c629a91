using System.Text.Json;
using MerchantAccess.Infrastructure.Seeding;
using MerchantAccess.Testing;

namespace MerchantAccess.Reliability.Tests;

/// <summary>The accounts of <c>samples/demo.json</c>, which every test host seeds.</summary>
public static class Demo
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DemoData Data = JsonSerializer.Deserialize<DemoData>(File.ReadAllText(RepositoryPaths.DemoData), Json)!;

    public static DemoCompany Dupont => Data.Companies[0];

    public static DemoCompany Surf => Data.Companies[1];

    public static DemoUser Support => Data.SupportAgents[0];

    /// <summary>The user administrator of a company: its user with the manageUsers permission.</summary>
    public static DemoUser AdminOf(DemoCompany company) => company.Users.First(user => user.Permissions.Contains("manageUsers"));

    /// <summary>The users of a company who are not administrators.</summary>
    public static IReadOnlyList<DemoUser> ClerksOf(DemoCompany company) => company.Users.Where(user => user.Permissions.Count == 0).ToList();

    /// <summary>Every password and company security code of the demo data.</summary>
    public static IEnumerable<string> Secrets() =>
        Data.Companies.SelectMany(company => company.Users.Select(user => user.Password).Append(company.SecurityCode))
            .Concat(Data.SupportAgents.Select(agent => agent.Password));
}
