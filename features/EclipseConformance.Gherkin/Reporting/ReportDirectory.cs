namespace EclipseConformance.Gherkin.Reporting;

/// <summary>
/// Where the reports go: <c>$ECLIPSE_SPECS_ARTIFACTS</c> when set, else <c>artifacts/specs</c> under the repository
/// root (the nearest folder above the test assembly holding <c>EclipseConformance.sln</c>), else under the assembly's folder.
/// </summary>
internal static class ReportDirectory
{
    public const string EnvironmentVariable = "ECLIPSE_SPECS_ARTIFACTS";
    public const string SolutionFileName = "EclipseConformance.sln";

    public static string Resolve(string startDirectory, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        var configured = (environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var root = FindRepositoryRoot(startDirectory) ?? startDirectory;
        return Path.Combine(root, "artifacts", "specs");
    }

    /// <summary>The nearest folder at or above <paramref name="startDirectory"/> that holds the solution file.</summary>
    public static string? FindRepositoryRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
                return directory.FullName;
        }

        return null;
    }
}
