namespace MerchantAccess.Domain.Common;

/// <summary>
/// Event ids of every log message of the platform, gathered here so that none is used twice.
/// Ranges: 1xxx sign-in, 2xxx resets, 3xxx delivery, 4xxx administration, 5xxx audit,
/// 6xxx HTTP adapters, 7xxx local host.
/// </summary>
public static class LogEventIds
{
    public const int SignInSucceeded = 1001;
    public const int SignInFailed = 1002;
    public const int SignInRefused = 1003;
    public const int AccountLocked = 1004;
    public const int SecurityCodeFailed = 1005;
    public const int SecurityCodeVerified = 1006;
    public const int PasswordChanged = 1007;
    public const int ChallengeRejected = 1008;
    public const int TimedLockExpired = 1009;
    public const int PasswordRejectedByPolicy = 1010;
    public const int SignedOut = 1011;
    public const int OwnPasswordChanged = 1012;

    public const int PasswordResetIssued = 2001;
    public const int PasswordResetRefused = 2002;

    public const int CredentialsDelivered = 3001;
    public const int DeliverySuperseded = 3002;
    public const int DeliveryAlreadyDone = 3003;
    public const int DeliveryFailed = 3004;
    public const int DeliveryTargetMissing = 3005;
    public const int UnreadableDeliveryMessage = 3006;
    public const int SecurityCodeSmsDelivered = 3007;
    public const int NotificationDelivered = 3008;
    public const int DeliveryKindNotHandled = 3009;
    public const int DeliveryTargetDisabled = 3010;
    public const int SecurityCodeSmsQueued = 3011;
    public const int SecurityCodeSmsRateLimited = 3012;
    public const int SecurityCodeSmsRejected = 3013;
    public const int DeliveryRequeued = 3014;
    public const int DeliveryAbandoned = 3015;
    public const int DeliverySweepFinished = 3016;
    public const int DeliverySweepFailed = 3017;
    public const int OutboxEmailWritten = 3101;
    public const int OutboxEmailDuplicate = 3102;
    public const int OutboxSmsWritten = 3103;
    public const int OutboxSmsDuplicate = 3104;
    public const int AcsEmailAccepted = 3201;
    public const int AcsEmailRunning = 3202;
    public const int AcsEmailSucceeded = 3203;
    public const int AcsEmailFailed = 3204;
    public const int AcsSmsAccepted = 3211;
    public const int AcsSmsRejected = 3212;

    public const int AuditFinished = 5001;
    public const int AuditAccountChanged = 5002;
    public const int AuditAccountChangeFailed = 5003;
    public const int AuditReportKept = 5004;
    public const int AuditSummaryQueued = 5005;
    public const int AuditSupportMailboxMissing = 5006;
    public const int AuditSummarySent = 5007;
    public const int AuditSummarySkipped = 5008;
    public const int AuditSummaryFailed = 5009;
    public const int AuditReportMissing = 5010;

    public const int TransientFailure = 6001;

    public const int UserCreated = 4001;
    public const int CompanyCreated = 4002;
    public const int DemoDataSeeded = 4003;
    public const int UserUpdated = 4004;
    public const int AccountDisabled = 4005;
    public const int AccountEnabled = 4006;
    public const int PermissionsChanged = 4007;
    public const int AccountUnlocked = 4008;
    public const int SelfServiceResetIssued = 4009;
    public const int SelfServiceResetIgnored = 4010;
    public const int SelfServiceRequestLimited = 4011;

    public const int FrontEndServed = 7401;
    public const int FrontEndNotFound = 7402;
}
