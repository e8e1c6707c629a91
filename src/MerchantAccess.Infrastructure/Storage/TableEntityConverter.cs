using System.Reflection;
using Azure.Data.Tables;

namespace MerchantAccess.Infrastructure.Storage;

/// <summary>
/// Copies a dynamic <see cref="TableEntity"/> into a typed entity. A query that reads rows of
/// several kinds at once (a user and their company) gets dynamic rows, and this gives each its type.
/// </summary>
public static class TableEntityConverter
{
    public static T To<T>(TableEntity row)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(row);

        var entity = new T
        {
            PartitionKey = row.PartitionKey,
            RowKey = row.RowKey,
            Timestamp = row.Timestamp,
            ETag = row.ETag,
        };

        foreach (var property in Properties<T>.Writable)
        {
            if (row.TryGetValue(property.Name, out var value) && value is not null)
            {
                property.SetValue(entity, ConvertValue(value, property.PropertyType));
            }
        }

        return entity;
    }

    private static object? ConvertValue(object value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return value switch
        {
            DateTime dateTime when type == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            _ when type.IsInstanceOfType(value) => value,
            _ => System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static class Properties<T>
    {
        private static readonly HashSet<string> Keys = [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey), nameof(ITableEntity.Timestamp), nameof(ITableEntity.ETag)];

        public static readonly PropertyInfo[] Writable = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite && !Keys.Contains(property.Name))
            .ToArray();
    }
}
