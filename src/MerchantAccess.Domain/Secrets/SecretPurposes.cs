namespace MerchantAccess.Domain.Secrets;

/// <summary>The purposes that bind each protected secret to its owner.</summary>
public static class SecretPurposes
{
    public static string CompanySecurityCode(string companyId) => $"company-security-code:{companyId}";

    public static string TemporaryPassword(string userId, string resetId) => $"temporary-password:{userId}:{resetId}";
}
