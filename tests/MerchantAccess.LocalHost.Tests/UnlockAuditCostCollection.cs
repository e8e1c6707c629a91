namespace MerchantAccess.LocalHost.Tests;

/// <summary>
/// Runs the cost test with no other test class at the same time: its bulk seeding loads the
/// shared emulator and the processor, which slows the timing-sensitive tests beside it.
/// </summary>
[CollectionDefinition(nameof(UnlockAuditCostTests), DisableParallelization = true)]
public sealed class UnlockAuditCostCollection;
