using MerchantAccess.Domain.Common;

namespace MerchantAccess.Functions.Http;

/// <summary>Small checks shared by the request validators.</summary>
public static class FieldChecks
{
    /// <summary>Adds an error when <paramref name="value"/> is missing or blank, or longer than <paramref name="maxLength"/>.</summary>
    public static void Required(List<FieldError> errors, string field, string? value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "required"));
        }
        else if (value.Length > maxLength)
        {
            errors.Add(new FieldError(field, "tooLong", maxLength));
        }
    }
}
