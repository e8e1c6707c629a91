namespace MerchantAccess.Testing;

/// <summary>
/// Accounts of <c>samples/demo.json</c> that the tests sign in with or act upon. The values must
/// match that file, which the local host seeds.
/// </summary>
public static class DemoAccounts
{
    public const string DupontAdmin = "claire.dupont";
    public const string DupontAdminPassword = "Fournil2026Admin";
    public const string DupontAdminEmail = "claire.dupont@boulangerie-dupont.example";
    public const string DupontSecurityCode = "BD7429QM";
    public const string DupontClerk = "marc.leroy";
    public const string DupontClerkPassword = "Croissant2026Vente";
    public const string DupontClerkEmail = "marc.leroy@boulangerie-dupont.example";
    public const string DupontAccountant = "sophie.martin";
    public const string DupontAccountantPassword = "Baguette2026Compta";
    public const string DupontAccountantEmail = "sophie.martin@boulangerie-dupont.example";

    public const string SurfAdmin = "james.walker";
    public const string SurfAdminPassword = "Longboard2026Admin";
    public const string SurfAdminEmail = "james.walker@atlantic-surf.example";
    public const string SurfSecurityCode = "AS5831KT";
    public const string SurfClerk = "emma.brown";
    public const string SurfClerkPassword = "Wetsuit2026Sales";
    public const string SurfClerkEmail = "emma.brown@atlantic-surf.example";
    public const string SurfStockKeeper = "lucas.bernard";
    public const string SurfStockKeeperPassword = "Planche2026Stock";
    public const string SurfStockKeeperEmail = "lucas.bernard@atlantic-surf.example";

    public const string SupportAgent = "nadia.support";
    public const string SupportAgentPassword = "Assistance2026Niveau2";
}
