namespace MerchantAccess.Web.Tests;

/// <summary>Accounts of <c>samples/demo.json</c> that the browser tests use.</summary>
public static class DemoAccounts
{
    public const string DupontAdmin = "claire.dupont";
    public const string DupontAdminPassword = "Fournil2026Admin";
    public const string DupontSecurityCode = "BD7429QM";
    public const string DupontClerk = "marc.leroy";
    public const string DupontClerkPassword = "Croissant2026Vente";
    public const string DupontClerkEmail = "marc.leroy@boulangerie-dupont.example";
    public const string DupontAccountant = "sophie.martin";
    public const string DupontAccountantEmail = "sophie.martin@boulangerie-dupont.example";

    public const string SurfAdmin = "james.walker";
    public const string SurfAdminPassword = "Longboard2026Admin";
    public const string SurfSecurityCode = "AS5831KT";
    public const string SurfClerk = "emma.brown";
    public const string SurfClerkPassword = "Wetsuit2026Sales";
    public const string SurfClerkEmail = "emma.brown@atlantic-surf.example";
    public const string SurfStockKeeper = "lucas.bernard";
    public const string SurfStockKeeperEmail = "lucas.bernard@atlantic-surf.example";
}
