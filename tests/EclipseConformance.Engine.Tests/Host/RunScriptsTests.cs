using System.Text.RegularExpressions;

namespace EclipseConformance.Engine.Tests.Host;

/// <summary>
/// <c>run.ps1</c> mirrors <c>run.sh</c> (PowerShell is not installed on the build machine, so the mirror is checked
/// as text): every command, every specs option, every environment variable and every help entry of the one is in the other.
/// </summary>
public partial class RunScriptsTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Bash = File.ReadAllText(Path.Combine(Root, "run.sh"));
    private static readonly string PowerShell = File.ReadAllText(Path.Combine(Root, "run.ps1"));

    [Fact]
    public void Every_command_of_run_sh_is_a_command_of_run_ps1()
    {
        var commands = CaseLabel().Matches(Bash).Select(m => m.Groups["command"].Value).Distinct().ToList();
        commands.Should().Contain(["test", "specs", "load", "bench", "verify-signature", "openapi", "help"], "the parser must see run.sh's commands");

        foreach (var command in commands)
        {
            PowerShell.Should().Match(p => p.Contains($"'^{command}$'", StringComparison.Ordinal) || p.Contains($"'^({command}|", StringComparison.Ordinal),
                $"run.sh has the command '{command}'");
        }
    }

    [Fact]
    public void Every_option_run_sh_parses_is_parsed_by_run_ps1()
    {
        var options = OptionLabel().Matches(Bash).Select(m => m.Groups["option"].Value).Distinct().ToList();
        options.Should().Contain(["--target", "--identity", "--password", "--filter"]);

        foreach (var option in options)
        {
            PowerShell.Should().Contain($"'{option}'", $"run.sh parses {option}");
        }
    }

    [Fact]
    public void Every_environment_variable_run_sh_uses_is_used_by_run_ps1()
    {
        var variables = EnvironmentVariable().Matches(Bash).Select(m => m.Value).Distinct().ToList();
        variables.Should().Contain(["ECLIPSE_SPECS_TARGET", "ECLIPSE_TEST_POSTGRES", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE"]);

        foreach (var variable in variables)
        {
            PowerShell.Should().Contain(variable);
        }
    }

    [Fact]
    public void The_help_of_run_ps1_has_every_entry_of_the_help_of_run_sh()
    {
        var entries = HelpEntry().Matches(Bash).Select(m => m.Groups["entry"].Value).Distinct().ToList();
        entries.Should().Contain(["test", "specs", "load", "help"]);

        foreach (var entry in entries)
        {
            PowerShell.Should().Contain($"  ./run.ps1 {entry}", $"'./run.sh help' lists '{entry}'");
        }

        foreach (var option in new[] { "--target URL", "--identity ID --password PW", "--filter EXPR" })
        {
            PowerShell.Should().Contain(option);
        }
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

    [GeneratedRegex(@"^  (?<command>[a-z][a-z-]*)[|)]", RegexOptions.Multiline)]
    private static partial Regex CaseLabel();

    [GeneratedRegex(@"^\s+(?<option>--[a-z][a-z-]*)\)", RegexOptions.Multiline)]
    private static partial Regex OptionLabel();

    [GeneratedRegex(@"\b(?:ECLIPSE|DOTNET)_[A-Z_]+\b")]
    private static partial Regex EnvironmentVariable();

    [GeneratedRegex(@"^  \./run\.sh (?<entry>[a-z][a-z-]*)", RegexOptions.Multiline)]
    private static partial Regex HelpEntry();
}
