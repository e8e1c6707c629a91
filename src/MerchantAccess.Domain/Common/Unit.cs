namespace MerchantAccess.Domain.Common;

/// <summary>The value of an operation that succeeds without returning anything.</summary>
public readonly record struct Unit
{
    public static Unit Value => default;
}
