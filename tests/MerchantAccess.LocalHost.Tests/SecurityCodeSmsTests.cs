using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Events;
using MerchantAccess.Testing;
using static MerchantAccess.Testing.DemoAccounts;

namespace MerchantAccess.LocalHost.Tests;

/// <summary>Sending the company security code by SMS through the API, with the outbox transport.</summary>
public sealed class SecurityCodeSmsTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostInstance _host = fixture.Host;

    [Fact]
    public async Task Typed_french_number_is_saved()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontClerk);

        var response = await ScenarioSteps.SendSecurityCodeSmsAsync(client, admin, userId, new { phoneNumber = "06 12 34 56 01", savePhoneNumber = true });
        var sms = await _host.Outbox.WaitForSmsAsync("+33612345601");
        var user = await ScenarioSteps.WaitForDeliveryStateAsync(_host, userId, DeliveryState.Sent);
        var events = await ScenarioSteps.LoadEventsAsync(_host, userId);

        Assert.Equal(202, response.Status);
        Assert.Equal("+33612345601", response.String("phoneNumber"));
        Assert.Contains("+33 6 12 34 56 01", response.String("message"), StringComparison.Ordinal);
        Assert.Equal("queued", response.Json!["deliveryStatus"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(DupontSecurityCode, response.Text, StringComparison.Ordinal);
        Assert.Contains(DupontSecurityCode, sms.Text, StringComparison.Ordinal);
        Assert.Equal("fr", sms.Language);
        Assert.Equal("+33612345601", user.PhoneNumber);
        Assert.Equal("sms", user.Delivery!.Channel);
        Assert.Contains(events, item => item.Type == AccountEventTypes.SecurityCodeSmsRequested && item.Details["phoneNumberSaved"] == "true");
        Assert.Contains(events, item => item.Type == AccountEventTypes.SecurityCodeSmsSent && item.Details["deliveryId"] == sms.DeliveryId);
    }

    [Fact]
    public async Task English_user_gets_english_sms_without_saving_number()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, SurfClerk);

        var response = await ScenarioSteps.SendSecurityCodeSmsAsync(client, admin, userId, new { phoneNumber = "+44 7911 123402" }, language: "en");
        var sms = await _host.Outbox.WaitForSmsAsync("+447911123402");

        Assert.Equal(202, response.Status);
        Assert.StartsWith("The company security code is being sent by SMS to Emma Brown", response.String("message"), StringComparison.Ordinal);
        Assert.Contains($"your company security code is {SurfSecurityCode}", sms.Text, StringComparison.Ordinal);
        Assert.Equal("en", sms.Language);
        Assert.Null((await ScenarioSteps.LoadUserAsync(_host, userId)).PhoneNumber);
    }

    [Fact]
    public async Task Without_typed_number_the_saved_one_is_used()
    {
        var client = _host.Client;
        var support = await client.SignInAsync(SupportAgent, SupportAgentPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, support, SurfStockKeeper);
        var save = await ScenarioSteps.SendSecurityCodeSmsAsync(client, support, userId, new { phoneNumber = "0612345603", savePhoneNumber = true });
        await _host.Outbox.WaitForSmsAsync("+33612345603");

        var again = await ScenarioSteps.SendSecurityCodeSmsAsync(client, support, userId, null);
        var emptyObject = await ScenarioSteps.SendSecurityCodeSmsAsync(client, support, userId, "{}");

        Assert.Equal(202, save.Status);
        Assert.Equal((202, "+33612345603"), (again.Status, again.String("phoneNumber")));
        Assert.Equal(202, emptyObject.Status);
        await _host.Outbox.WaitForSmsAsync("+33612345603", count: 3);
    }

    [Theory]
    [InlineData("01 23 45 67 89", "fr", "Ce numéro n'est pas un numéro de mobile ; un SMS ne peut être envoyé qu'à un mobile.")]
    [InlineData("+1 202 555 0143", "en", "This number is ambiguous: type a French number as 06 12 34 56 78, or another country's number with its country code, for example +44 7911 123456.")]
    [InlineData("612345678", "fr", "Ce numéro est ambigu : saisissez un numéro français sous la forme 06 12 34 56 78, ou un numéro étranger avec son indicatif, par exemple +44 7911 123456.")]
    [InlineData("06 12", "en", "This phone number is not valid.")]
    [InlineData("06 12 34 56 78\nBcc", "en", "This field contains characters that are not allowed.")]
    public async Task Unusable_number_is_a_field_error(string typed, string language, string message)
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAccountant);

        var response = await ScenarioSteps.SendSecurityCodeSmsAsync(client, admin, userId, new { phoneNumber = typed, savePhoneNumber = true }, language);

        Assert.Equal((400, "validation_failed"), (response.Status, response.String("code")));
        Assert.Equal(message, response.Json!["errors"]!["phoneNumber"]![0]!.GetValue<string>());
        Assert.Null((await ScenarioSteps.LoadUserAsync(_host, userId)).PhoneNumber);
    }

    [Fact]
    public async Task No_number_anywhere_is_a_field_error()
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAdmin);

        var none = await ScenarioSteps.SendSecurityCodeSmsAsync(client, admin, userId, null, "en");
        var saveNothing = await ScenarioSteps.SendSecurityCodeSmsAsync(client, admin, userId, new { savePhoneNumber = true });

        Assert.Equal((400, "validation_failed"), (none.Status, none.String("code")));
        Assert.Equal("No mobile number is recorded for this user; type one.", none.Json!["errors"]!["phoneNumber"]![0]!.GetValue<string>());
        Assert.Equal((400, "validation_failed"), (saveNothing.Status, saveNothing.String("code")));
        Assert.NotNull(saveNothing.Json!["errors"]!["phoneNumber"]);
    }

    [Theory]
    [InlineData("{\"phoneNumber\":612345678}", "phoneNumber")]
    [InlineData("{\"savePhoneNumber\":\"yes\"}", "savePhoneNumber")]
    [InlineData("{\"phone\":\"0612345678\"}", "phone")]
    [InlineData("{", "body")]
    public async Task Malformed_body_names_the_field(string body, string field)
    {
        var client = _host.Client;
        var admin = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var userId = await ScenarioSteps.FindUserIdAsync(client, admin, DupontAccountant);

        var response = await ScenarioSteps.SendSecurityCodeSmsAsync(client, admin, userId, body);

        Assert.Equal((400, "validation_failed"), (response.Status, response.String("code")));
        Assert.NotNull(response.Json!["errors"]![field]);
    }

    [Fact]
    public async Task Outsiders_get_not_found_or_forbidden()
    {
        var client = _host.Client;
        var dupont = await client.SignInAsync(DupontAdmin, DupontAdminPassword);
        var surf = await client.SignInAsync(SurfAdmin, SurfAdminPassword);
        var clerk = await client.SignInAsync(SurfClerk, SurfClerkPassword);
        var dupontClerk = await ScenarioSteps.FindUserIdAsync(client, dupont, DupontClerk);
        var body = new { phoneNumber = "06 12 34 56 09" };

        var crossCompany = await ScenarioSteps.SendSecurityCodeSmsAsync(client, surf, dupontClerk, body);
        var unknown = await ScenarioSteps.SendSecurityCodeSmsAsync(client, surf, "0123456789abcdef0123456789abcdef", body);
        var malformed = await ScenarioSteps.SendSecurityCodeSmsAsync(client, surf, "not-an-id", body);
        var merchant = await ScenarioSteps.SendSecurityCodeSmsAsync(client, clerk, dupontClerk, body);
        var anonymous = await ScenarioSteps.SendSecurityCodeSmsAsync(client, "not-a-token", dupontClerk, body);

        Assert.Equal((404, "not_found"), (crossCompany.Status, crossCompany.String("code")));
        Assert.Equal((404, "not_found"), (unknown.Status, unknown.String("code")));
        Assert.Equal((404, "not_found"), (malformed.Status, malformed.String("code")));
        Assert.Equal((403, "forbidden"), (merchant.Status, merchant.String("code")));
        Assert.Equal(401, anonymous.Status);
        Assert.Empty(_host.Outbox.SmsTo("+33612345609"));
    }
}
