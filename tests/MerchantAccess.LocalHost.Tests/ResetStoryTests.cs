using System.Diagnostics;
using MerchantAccess.Testing;
using Xunit.Abstractions;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// The walking skeleton's story through real HTTP on the local host and Azurite: an administrator
/// resets a password, the e-mail lands in the outbox, and the user's first connection asks for the
/// company security code.
/// </summary>
public sealed class ResetStoryTests(LocalHostFixture fixture, ITestOutputHelper output) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Reset_story_completes_with_emailed_password_and_security_code()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontClerk);

        var watch = Stopwatch.StartNew();
        var reset = await ScenarioSteps.ResetAsync(client, admin, userId);
        var email = await _host.Outbox.WaitForCredentialsAsync(DupontClerkEmail);
        output.WriteLine($"Reset to outbox: {watch.ElapsedMilliseconds} ms");

        Assert.Equal(200, reset.Status);
        Assert.Equal(DupontSecurityCode, reset.String("companySecurityCode"));
        Assert.Contains("Marc Leroy", reset.String("message"), StringComparison.Ordinal);
        Assert.Contains(DupontSecurityCode, reset.String("message"), StringComparison.Ordinal);
        Assert.Equal("resetPending", reset.Json!["user"]!["state"]!.GetValue<string>());
        Assert.Contains("marc.leroy", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(DupontSecurityCode, email.Raw, StringComparison.Ordinal);

        var oldPassword = await client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password = DupontClerkPassword });
        Assert.Equal(401, oldPassword.Status);
        Assert.Equal("invalid_credentials", oldPassword.String("code"));

        var passwordStep = await client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password = email.TemporaryPassword });
        Assert.Equal("securityCodeRequired", passwordStep.String("status"));
        Assert.Equal(3, passwordStep.Int("attemptsRemaining"));

        var codeStep = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = passwordStep.String("challengeToken"), securityCode = DupontSecurityCode });
        Assert.Equal(200, codeStep.Status);
        Assert.Equal("passwordChangeRequired", codeStep.String("status"));

        var newPassword = await client.PostJsonAsync("/api/auth/new-password", new { challengeToken = codeStep.String("challengeToken"), newPassword = "Pain2027Complet" });
        Assert.Equal(200, newPassword.Status);
        Assert.Equal("authenticated", newPassword.String("status"));
        Assert.False(string.IsNullOrEmpty(newPassword.String("accessToken")));

        var again = await client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password = "Pain2027Complet" });
        Assert.Equal("authenticated", again.String("status"));
        var temporaryAgain = await client.PostJsonAsync("/api/auth/login", new { login = DupontClerk, password = email.TemporaryPassword });
        Assert.Equal(401, temporaryAgain.Status);
    }

    [Fact]
    public async Task Three_wrong_codes_lock_and_refuse_even_the_right_code()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAccountant);
        await ScenarioSteps.ResetAsync(client, admin, userId);
        var email = await _host.Outbox.WaitForCredentialsAsync(DupontAccountantEmail);
        var challenge = await ScenarioSteps.StartFirstConnectionAsync(client, DupontAccountant, email.TemporaryPassword);

        var first = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG111" });
        var second = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG222" });
        var third = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG333" });
        var rightCode = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = DupontSecurityCode });
        var rightPassword = await client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = email.TemporaryPassword });
        var wrongPassword = await client.PostJsonAsync("/api/auth/login", new { login = DupontAccountant, password = "NotThePassword1" });

        Assert.Equal((400, "invalid_security_code", 2), (first.Status, first.String("code"), first.Int("attemptsRemaining")));
        Assert.Equal((400, "invalid_security_code", 1), (second.Status, second.String("code"), second.Int("attemptsRemaining")));
        Assert.Equal((423, "account_locked"), (third.Status, third.String("code")));
        Assert.Equal((423, "account_locked"), (rightCode.Status, rightCode.String("code")));
        Assert.Equal((423, "account_locked"), (rightPassword.Status, rightPassword.String("code")));
        Assert.Equal(TestSettings.SupportEmail, rightCode.Json!["supportContact"]!["email"]!.GetValue<string>());
        Assert.Contains(TestSettings.SupportPhone, rightCode.String("detail"), StringComparison.Ordinal);
        Assert.Equal((401, "invalid_credentials"), (wrongPassword.Status, wrongPassword.String("code")));
    }

    [Fact]
    public async Task Wrong_code_answer_is_in_english_when_asked()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfClerk);
        var reset = await ScenarioSteps.ResetAsync(client, admin, userId, language: "en-GB,en;q=0.9");
        var email = await _host.Outbox.WaitForCredentialsAsync(SurfClerkEmail);
        var challenge = await ScenarioSteps.StartFirstConnectionAsync(client, SurfClerk, email.TemporaryPassword);

        var wrong = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG111" }, language: "en");
        var wrongInFrench = await client.PostJsonAsync("/api/auth/security-code", new { challengeToken = challenge, securityCode = "WRONG222" });

        Assert.StartsWith("The password of Emma Brown", reset.String("message"), StringComparison.Ordinal);
        Assert.Equal("Your new Merchant Back Office identifiers", email.Subject);
        Assert.Contains("Temporary password:", email.PlainText, StringComparison.Ordinal);
        Assert.Equal("Incorrect security code", wrong.String("title"));
        Assert.Equal("application/problem+json", wrong.MediaType);
        Assert.Equal("Code de sécurité incorrect", wrongInFrench.String("title"));
    }
}
