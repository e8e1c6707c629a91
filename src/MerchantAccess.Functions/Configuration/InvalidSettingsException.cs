namespace MerchantAccess.Functions.Configuration;

/// <summary>Stops the app at start-up when settings are missing or invalid; the message lists each one.</summary>
public sealed class InvalidSettingsException : InvalidOperationException
{
    public InvalidSettingsException()
        : this([])
    {
    }

    public InvalidSettingsException(string message)
        : base(message)
    {
        Problems = [];
    }

    public InvalidSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public InvalidSettingsException(IReadOnlyList<SettingProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<SettingProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SettingProblem> problems) =>
        "MerchantAccess cannot start because of its settings (README.md, Configuration, describes each one):"
        + string.Concat(problems.Select(problem => Environment.NewLine + "- " + problem.Message));
}
