namespace MerchantAccess.Domain.Common;

/// <summary>
/// Thrown when an optimistic read-modify-write lost the race to other writers more times than
/// <see cref="OptimisticRetry.MaxAttempts"/>. It is transient: the caller may try again.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("The account changed concurrently too many times; try again.")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
