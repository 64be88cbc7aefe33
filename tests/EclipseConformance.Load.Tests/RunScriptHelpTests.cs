using System.Text.RegularExpressions;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Tests;

/// <summary><c>./run.sh help</c> and <c>./run.ps1 help</c> name every load profile the runner knows.</summary>
public sealed partial class RunScriptHelpTests
{
    [Theory]
    [InlineData("run.sh")]
    [InlineData("run.ps1")]
    public void The_run_script_help_lists_every_registered_load_profile(string script)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), script));
        var list = ProfileList().Match(text);
        list.Success.Should().BeTrue($"'{script} help' lists the profiles in 'run a load profile (...)'");
        var listed = list.Groups["names"].Value.Split([',', ' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var names = ProfileRegistry.CreateDefault().All.Select(p => p.Name).ToList();
        names.Should().Contain("soak");

        listed.Should().BeEquivalentTo(names, $"'{script} help' should list exactly the registered load profiles");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EclipseConformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    [GeneratedRegex(@"run a load profile \((?<names>[^)]*)\)")]
    private static partial Regex ProfileList();
}
