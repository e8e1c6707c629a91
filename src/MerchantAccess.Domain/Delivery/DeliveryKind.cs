namespace MerchantAccess.Domain.Delivery;

/// <summary>What a queued delivery sends.</summary>
public enum DeliveryKind
{
    /// <summary>E-mail with the login and temporary password, after a reset or an account creation.</summary>
    Credentials,

    /// <summary>SMS with the company security code, to the number in the message or on the account.</summary>
    SecurityCodeSms,

    /// <summary>E-mail confirming a first connection completed or a password changed.</summary>
    PasswordChanged,

    /// <summary>E-mail to the former address telling that the account's e-mail address changed.</summary>
    EmailChanged,

    /// <summary>E-mail summarising an unlock audit report, to the support mailbox.</summary>
    AuditSummary,

    /// <summary>
    /// A forgotten-password request to check against the account it names, and to turn into a
    /// reset when the login and e-mail match. It is handled off the request, so the answer to the
    /// requester takes the same time whether or not anything matches.
    /// </summary>
    SelfServiceReset,
}
