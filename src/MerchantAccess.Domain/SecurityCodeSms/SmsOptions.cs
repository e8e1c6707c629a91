namespace MerchantAccess.Domain.SecurityCodeSms;

/// <summary>
/// Limits on security-code SMS against SMS pumping (sending many paid SMS to premium numbers whose
/// owner earns a share of the fee), bound from <c>MerchantAccess:Sms</c>. Each limit counts the SMS
/// requested over the last hour, whatever their outcome.
/// </summary>
public sealed class SmsOptions
{
    public const string SectionName = "MerchantAccess:Sms";

    /// <summary>SMS per target user and hour.</summary>
    public int MaxPerUserPerHour { get; set; } = 3;

    /// <summary>SMS per company and hour, all users together; a company has at most a few hundred users.</summary>
    public int MaxPerCompanyPerHour { get; set; } = 30;

    /// <summary>SMS per destination number and hour, for all target users together.</summary>
    public int MaxPerNumberPerHour { get; set; } = 3;
}
