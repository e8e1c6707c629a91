using MerchantAccess.Domain.Accounts;
using MerchantAccess.Domain.Delivery;

namespace MerchantAccess.Domain.Notifications;

/// <summary>Renders the SMS sent to users, in the user's language.</summary>
public static class SmsTemplates
{
    /// <summary>
    /// Maximum length of the company name in an SMS. Longer names are cut, so the text stays within two
    /// SMS segments.
    /// </summary>
    public const int MaxCompanyNameLength = 40;

    /// <summary>
    /// Renders the SMS that gives the company security code. It carries that code and the company
    /// name, and nothing else: no login, no password, no link.
    /// </summary>
    public static SmsMessage SecurityCode(UserAccount user, Company company, string securityCode, string toPhoneNumber)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentException.ThrowIfNullOrWhiteSpace(securityCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(toPhoneNumber);

        var language = Language.Resolve(user.Language);
        var companyName = TextSanitizer.SingleLine(company.Name);
        if (companyName.Length > MaxCompanyNameLength)
        {
            // A cut between the two halves of a surrogate pair would leave an invalid character.
            var cut = char.IsHighSurrogate(companyName[MaxCompanyNameLength - 1]) ? MaxCompanyNameLength - 1 : MaxCompanyNameLength;
            companyName = companyName[..cut].TrimEnd() + "…";
        }

        var text = language == Language.English
            ? $"Merchant Back Office - {companyName}: your company security code is {securityCode}. You will be asked for it at your first sign-in. Do not share it."
            : $"Merchant Back Office - {companyName} : le code de sécurité de votre société est {securityCode}. Il vous sera demandé à votre première connexion. Ne le communiquez à personne.";
        return new SmsMessage(toPhoneNumber, text, language);
    }
}
