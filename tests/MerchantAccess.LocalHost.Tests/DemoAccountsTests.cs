using System.Text.Json.Nodes;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Checks of <see cref="DemoAccounts"/> against <c>samples/demo.json</c>, which the local host seeds.</summary>
public sealed class DemoAccountsTests
{
    private static readonly JsonNode Demo = JsonNode.Parse(File.ReadAllText(RepositoryPaths.DemoData))!;

    public static TheoryData<string, string, string> MerchantUsers => new()
    {
        { DupontAdmin, DupontAdminPassword, DupontAdminEmail },
        { DupontClerk, DupontClerkPassword, DupontClerkEmail },
        { DupontAccountant, DupontAccountantPassword, DupontAccountantEmail },
        { SurfAdmin, SurfAdminPassword, SurfAdminEmail },
        { SurfClerk, SurfClerkPassword, SurfClerkEmail },
        { SurfStockKeeper, SurfStockKeeperPassword, SurfStockKeeperEmail },
    };

    [Theory]
    [MemberData(nameof(MerchantUsers))]
    public void Merchant_user_matches_demo_data(string login, string password, string email)
    {
        var user = Demo["companies"]!.AsArray()
            .SelectMany(company => company!["users"]!.AsArray())
            .Single(candidate => candidate!["login"]!.GetValue<string>() == login)!;

        Assert.Equal(password, user["password"]!.GetValue<string>());
        Assert.Equal(email, user["email"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(DupontAdmin, DupontSecurityCode)]
    [InlineData(SurfAdmin, SurfSecurityCode)]
    public void Security_code_matches_demo_data(string login, string securityCode)
    {
        var company = Demo["companies"]!.AsArray()
            .Single(candidate => candidate!["users"]!.AsArray().Any(user => user!["login"]!.GetValue<string>() == login))!;

        Assert.Equal(securityCode, company["securityCode"]!.GetValue<string>());
    }

    [Fact]
    public void Support_agent_matches_demo_data()
    {
        var agent = Demo["supportAgents"]!.AsArray().Single(candidate => candidate!["login"]!.GetValue<string>() == SupportAgent)!;

        Assert.Equal(SupportAgentPassword, agent["password"]!.GetValue<string>());
    }
}
