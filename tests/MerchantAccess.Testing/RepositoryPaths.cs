namespace MerchantAccess.Testing;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DemoData => Path.Combine(Root, "samples", "demo.json");

    /// <summary>The build output of the function app in the configuration of this test run, where the SDK writes functions.metadata.</summary>
    public static string FunctionAppOutput => Path.Combine(Root, "src", "MerchantAccess.Functions", "bin", BuildConfiguration, "net10.0");

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}; the tests must run inside the repository.");
    }
}
