namespace MerchantAccess.Functions.Lockout;

/// <summary>Body of <c>POST /api/users/{userId}/unlock</c>: why support lifts the lock.</summary>
public sealed record UnlockRequest(string? Reason);
