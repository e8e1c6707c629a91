namespace MerchantAccess.Domain.Common;

/// <summary>
/// A rejected input field. <paramref name="Reason"/> is a stable key (for example <c>required</c> or
/// <c>tooLong</c>) that the HTTP layer turns into a localised message.
/// </summary>
public sealed record FieldError(string Field, string Reason, int? Limit = null);
