using System.Text;

namespace MerchantAccess.Domain.Logins;

/// <summary>
/// Turns a login into the form that decides uniqueness: Unicode compatibility normalisation
/// (NFKC), then lower case, then NFKC again because lowering can produce new compositions. So
/// <c>Alice</c>, <c>alice</c> and the full-width <c>ａｌｉｃｅ</c> are one login.
/// </summary>
public static class LoginNormalizer
{
    public static string Normalize(string login)
    {
        ArgumentNullException.ThrowIfNull(login);

        var compatible = login.Trim().Normalize(NormalizationForm.FormKC);
        return compatible.ToLowerInvariant().Normalize(NormalizationForm.FormKC);
    }
}
