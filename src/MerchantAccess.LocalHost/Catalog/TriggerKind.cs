namespace MerchantAccess.LocalHost.Catalog;

/// <summary>The triggers the local host can run.</summary>
public enum TriggerKind
{
    Http,
    Queue,
    Timer,
}
