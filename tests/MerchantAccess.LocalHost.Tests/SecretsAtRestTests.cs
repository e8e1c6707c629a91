using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>No table row or queue message holds a password, a security code or a token in plain text.</summary>
public sealed class SecretsAtRestTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Storage_holds_no_plaintext_secret_after_reset_story()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontClerk);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        var email = await _host.Outbox.WaitForCredentialsAsync(DupontClerkEmail);
        var challenge = await ScenarioSteps.StartFirstConnectionAsync(client, DupontClerk, email.TemporaryPassword);
        await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG111" });
        var codeStep = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = DupontSecurityCode });
        var done = await client.PostJsonAsync("/api/auth/new-password", new { challengeToken = codeStep.String("challengeToken"), newPassword = "Pain2027Complet" });
        var secondReset = await ScenarioSteps.ResetAsync(client, admin, userId);

        var secrets = new[]
        {
            email.TemporaryPassword, DupontSecurityCode, "WRONG111", "Pain2027Complet", DupontAdminPassword, DupontClerkPassword,
            admin, challenge, codeStep.String("challengeToken")!, done.String("accessToken")!,
        };
        var stored = await ReadEverythingStoredAsync();

        Assert.Equal(200, secondReset.Status);
        Assert.NotEmpty(stored);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(stored, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<List<string>> ReadEverythingStoredAsync()
    {
        var texts = new List<string>();
        var prefix = _host.Settings["MerchantAccess:Storage:TablePrefix"]!;
        var tables = new TableServiceClient(Azurite.ConnectionString);
        foreach (var name in new[] { prefix + "Accounts", prefix + "Directory" })
        {
            await foreach (var row in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                texts.Add(string.Join('\n', row.Select(pair => $"{pair.Key}={pair.Value}")));
            }
        }

        foreach (var queueName in new[] { _host.Settings["DeliveryQueueName"]!, _host.Settings["DeliveryQueueName"] + "-poison" })
        {
            var queue = new QueueClient(Azurite.ConnectionString, queueName);
            if (await queue.ExistsAsync())
            {
                foreach (var message in (await queue.PeekMessagesAsync(maxMessages: 32)).Value)
                {
                    texts.Add(message.MessageText);
                    texts.Add(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText)));
                }
            }
        }

        return texts;
    }
}
