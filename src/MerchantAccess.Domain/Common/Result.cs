using System.Diagnostics.CodeAnalysis;

namespace MerchantAccess.Domain.Common;

/// <summary>
/// The outcome of a domain operation: a value, or an expected <see cref="Common.Failure"/>.
/// Exceptions are kept for bugs and transient faults.
/// </summary>
public readonly struct Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Fail(Failure failure) => new(default, failure);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Failure failure) => Fail(failure);
}
