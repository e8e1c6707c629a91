using Xunit.Abstractions;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// Orders the test collections by name, with the secrets scan last, so that it reads what every
/// other test of the project stored and logged.
/// </summary>
public sealed class SecretsScanLast : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(collection => collection.DisplayName == SecretsScanTests.CollectionName)
            .ThenBy(collection => collection.DisplayName, StringComparer.Ordinal);
}
