using System.Text.Json.Nodes;
using MerchantAccess.Infrastructure.Queues;
using MerchantAccess.Infrastructure.Storage;
using MerchantAccess.Infrastructure.Telemetry;

namespace MerchantAccess.Deployment.Tests;

/// <summary>The compiled template deploys what the app needs, with identities instead of keys.</summary>
public sealed class InfrastructureTemplateTests
{
    /// <summary>Ids of the Azure built-in roles the app's identity needs; they are the same in every tenant.</summary>
    public static TheoryData<string, string> AppRoles => new()
    {
        { "storageBlobDataOwner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b" },
        { "storageQueueDataContributor", "974c5e8b-45b9-4653-ba55-5f855dd0fb88" },
        { "storageTableDataContributor", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3" },
        { "keyVaultSecretsUser", "4633458b-17de-408a-b874-0445c86b69e6" },
        { "monitoringMetricsPublisher", "3913510d-42f4-4e42-8a64-420c390055eb" },
        { "communicationAndEmailServiceOwner", "09976791-48a7-449e-bb21-39d1a415f350" },
    };

    [Fact]
    public async Task Storage_account_refuses_keys_and_old_tls()
    {
        var template = await CompiledTemplate.MainAsync();

        var account = Assert.Single(template.ModuleResources("storage", "Microsoft.Storage/storageAccounts"));
        var properties = account["properties"]!;

        Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.False(properties["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Template_tables_are_those_of_app()
    {
        // The app creates no table in Azure, so every table of StorageOptions (with the empty
        // prefix of a deployment) must be in the template.
        var options = new StorageOptions();
        var appTables = typeof(StorageOptions).GetProperties()
            .Where(property => property.Name.EndsWith("Table", StringComparison.Ordinal) && property.PropertyType == typeof(string))
            .Select(property => (string)property.GetValue(options)!)
            .Order(StringComparer.Ordinal);
        var template = await CompiledTemplate.MainAsync();

        var templateTables = template.Root["variables"]!["tableNames"]!.AsArray().Select(name => name!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(appTables, templateTables);
    }

    [Fact]
    public async Task Template_creates_delivery_and_poison_queues()
    {
        var template = await CompiledTemplate.MainAsync();

        var defaultQueue = template.Root["parameters"]!["deliveryQueueName"]!["defaultValue"]!.GetValue<string>();
        var poisonQueue = template.Root["variables"]!["poisonQueueName"]!.GetValue<string>();
        var queues = template.Module("storage")["properties"]!["parameters"]!["queueNames"]!["value"]!.AsArray().Select(queue => queue!.GetValue<string>());

        Assert.Equal(DeliveryQueueOptions.DefaultQueueName, defaultQueue);
        Assert.Equal("[format('{0}-poison', parameters('deliveryQueueName'))]", poisonQueue);
        Assert.Equal(["[parameters('deliveryQueueName')]", "[variables('poisonQueueName')]"], queues);
        Assert.Equal("[parameters('deliveryQueueName')]", template.AppSettings["DeliveryQueueName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Function_app_runs_dotnet_isolated_10_on_flex()
    {
        var template = await CompiledTemplate.MainAsync();

        var plan = Assert.Single(template.ModuleResources("functionApp", "Microsoft.Web/serverfarms"));
        var site = Assert.Single(template.ModuleResources("functionApp", "Microsoft.Web/sites"));
        var runtime = site["properties"]!["functionAppConfig"]!["runtime"]!;

        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());
        Assert.Equal("dotnet-isolated", runtime["name"]!.GetValue<string>());
        Assert.Equal("10.0", runtime["version"]!.GetValue<string>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Function_app_runs_as_user_assigned_identity()
    {
        var template = await CompiledTemplate.MainAsync();

        var site = Assert.Single(template.ModuleResources("functionApp", "Microsoft.Web/sites"));
        var deploymentStorage = site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.Equal("[parameters('identityId')]", site["properties"]!["keyVaultReferenceIdentity"]!.GetValue<string>());
        Assert.Equal("UserAssignedIdentity", deploymentStorage["authentication"]!["type"]!.GetValue<string>());
        Assert.Equal("blobContainer", deploymentStorage["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deployment_container_is_the_one_the_app_uses()
    {
        var template = await CompiledTemplate.MainAsync();

        var created = template.Module("storage")["properties"]!["parameters"]!["deploymentContainerName"]!["value"]!.GetValue<string>();
        var used = template.Module("functionApp")["properties"]!["parameters"]!["deploymentContainerName"]!["value"]!.GetValue<string>();

        Assert.Equal(created, used);
    }

    [Theory]
    [MemberData(nameof(AppRoles))]
    public async Task App_identity_gets_role(string role, string roleId)
    {
        var template = await CompiledTemplate.MainAsync();
        var access = template.ModuleTemplate("access");

        var declared = access["variables"]!["roles"]![role]?.GetValue<string>();
        var assignments = CompiledTemplate.Resources(access)
            .Where(resource => resource["type"]!.GetValue<string>() == "Microsoft.Authorization/roleAssignments")
            .Where(resource => resource["properties"]!["principalId"]!.GetValue<string>().Contains("parameters('appIdentityName')", StringComparison.Ordinal))
            .Select(resource => resource["properties"]!["roleDefinitionId"]!.GetValue<string>())
            .ToList();
        var storageRoles = access["variables"]!["appStorageRoles"]!.AsArray().Select(item => item!.GetValue<string>());
        var reference = $"variables('roles').{role}";

        Assert.Equal(roleId, declared);
        Assert.True(
            assignments.Any(assignment => assignment.Contains(reference, StringComparison.Ordinal)) || storageRoles.Contains($"[{reference}]"),
            $"No role assignment of the app's identity uses {role}.");
    }

    [Fact]
    public async Task Key_vault_authorizes_with_rbac()
    {
        var template = await CompiledTemplate.MainAsync();

        var vault = Assert.Single(template.ModuleResources("keyVault", "Microsoft.KeyVault/vaults"));

        Assert.True(vault["properties"]!["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(vault["properties"]!["enablePurgeProtection"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Monitoring_disables_local_authentication()
    {
        var template = await CompiledTemplate.MainAsync();

        var insights = Assert.Single(template.ModuleResources("monitoring", "Microsoft.Insights/components"));
        var workspace = Assert.Single(template.ModuleResources("monitoring", "Microsoft.OperationalInsights/workspaces"));

        Assert.True(insights["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
        Assert.True(workspace["properties"]!["features"]!["disableLocalAuth"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Communication_services_links_managed_domain()
    {
        var template = await CompiledTemplate.MainAsync();

        var domain = Assert.Single(template.ModuleResources("communication", "Microsoft.Communication/emailServices/domains"));
        var service = Assert.Single(template.ModuleResources("communication", "Microsoft.Communication/communicationServices"));

        Assert.Equal("AzureManaged", domain["properties"]!["domainManagement"]!.GetValue<string>());
        Assert.Single(service["properties"]!["linkedDomains"]!.AsArray());
    }

    [Theory]
    [InlineData("poison-messages", AccountEventMetrics.DeliveriesName)]
    [InlineData("poison-messages", "MaxDequeueCount")]
    [InlineData("function-failures", "requests")]
    [InlineData("lock-spike", AccountEventMetrics.AccountLocksName)]
    public async Task Alert_rule_queries_signal(string rule, string signal)
    {
        var template = await CompiledTemplate.MainAsync();
        var alerts = template.ModuleTemplate("alerts");

        var rules = template.ModuleResources("alerts", "Microsoft.Insights/scheduledQueryRules")
            .Where(resource => resource["name"]!.GetValue<string>().Contains(rule, StringComparison.Ordinal))
            .ToList();
        var query = Assert.Single(rules)["properties"]!["criteria"]!["allOf"]![0]!["query"]!.GetValue<string>();
        var queryText = query.StartsWith('[') ? VariableText(alerts, query) : query;

        Assert.Contains(signal, queryText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_abbreviation_names_a_resource()
    {
        var abbreviations = JsonNode.Parse(await File.ReadAllTextAsync(CompiledTemplate.RepositoryFile("infra", "abbreviations.json")))!.AsObject();
        var main = await File.ReadAllTextAsync(CompiledTemplate.RepositoryFile("infra", "main.bicep"));

        var unused = abbreviations.Select(pair => pair.Key).Where(key => !main.Contains("abbreviations." + key, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(abbreviations);
        Assert.True(unused.Count == 0, "Abbreviations not used in main.bicep: " + string.Join(", ", unused));
    }

    /// <summary>The text of the variables a query expression such as <c>[format(variables('poisonQuery'), ...)]</c> names.</summary>
    private static string VariableText(JsonObject template, string expression) =>
        string.Join('\n', template["variables"]!.AsObject()
            .Where(pair => expression.Contains($"variables('{pair.Key}')", StringComparison.Ordinal))
            .Select(pair => pair.Value!.ToString()));
}
