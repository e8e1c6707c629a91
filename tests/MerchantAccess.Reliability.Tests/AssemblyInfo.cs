// The tests of this project run one at a time: the timing measurements need a machine that the
// other tests of the project do not load, and the secrets scan must run after every other test.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestCollectionOrderer("MerchantAccess.Reliability.Tests.SecretsScanLast", "MerchantAccess.Reliability.Tests")]
