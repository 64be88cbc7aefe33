using System.Diagnostics;
using System.Reflection;
using System.Xml.Linq;

namespace EclipseConformance.Gherkin.Tests.EndToEnd;

/// <summary>
/// Runs the sample consumer (tests/EclipseConformance.Gherkin.Sample: an xunit v3 exe whose only glue is
/// <c>[assembly: GherkinFeatures]</c>) as a child process through xunit's real pipeline, and keeps its xunit XML
/// results and the reports it wrote.
/// </summary>
public sealed class SampleSuiteRun : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public SampleSuiteRun()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("gherkin-e2e-").FullName;
        (ExitCode, Results, Output) = Run(Directory, "all");
    }

    public string Directory { get; }

    public int ExitCode { get; }

    public XDocument Results { get; }

    public string Output { get; }

    public string ReportsDirectory => Path.Combine(Directory, "all", "specs");

    /// <summary>Runs the sample with extra xunit arguments (e.g. a trait filter) into its own sub-folder.</summary>
    public static (int ExitCode, XDocument Results, string Output) Run(string directory, string name, params string[] arguments)
    {
        var sample = typeof(SampleSuiteRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleAssembly").Value!;
        File.Exists(sample).Should().BeTrue($"the sample suite is built next to the tests ({sample})");
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(directory, name)).FullName;
        var xml = Path.Combine(folder, "results.xml");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(sample)!,
        };
        foreach (var argument in new[] { sample, "-noColor", "-xml", xml }.Concat(arguments))
            start.ArgumentList.Add(argument);
        start.Environment["ECLIPSE_SPECS_ARTIFACTS"] = Path.Combine(folder, "specs");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample suite did not finish within {Limit}.");
        }

        var output = stdout.Result + stderr.Result;
        File.Exists(xml).Should().BeTrue($"the sample run writes its results; output:\n{output}");
        return (process.ExitCode, XDocument.Load(xml), output);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
