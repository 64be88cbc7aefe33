using EclipseConformance.Gherkin.Reporting;

namespace EclipseConformance.Gherkin.Tests.Reporting;

public sealed class ReportDirectoryTests
{
    [Fact]
    public void The_environment_variable_wins()
    {
        var directory = ReportDirectory.Resolve("/anywhere", name => name == "ECLIPSE_SPECS_ARTIFACTS" ? "/tmp/specs-here" : null);

        directory.Should().Be(Path.GetFullPath("/tmp/specs-here"));
    }

    [Fact]
    public void Otherwise_reports_go_to_artifacts_specs_at_the_repository_root()
    {
        var root = ReportDirectory.FindRepositoryRoot(AppContext.BaseDirectory);

        root.Should().NotBeNull();
        File.Exists(Path.Combine(root!, "EclipseConformance.sln")).Should().BeTrue();
        ReportDirectory.Resolve(AppContext.BaseDirectory, _ => null).Should().Be(Path.Combine(root!, "artifacts", "specs"));
    }

    [Fact]
    public async Task Publishing_writes_the_three_reports()
    {
        var directory = Directory.CreateTempSubdirectory("gherkin-reports-").FullName;
        try
        {
            var files = await ReportPublisher.PublishAsync(await Support.ReportSample.RunAsync(), directory);

            files.Select(Path.GetFileName).Should().Equal("junit.xml", "cucumber-messages.ndjson", "index.html");
            files.Should().OnlyContain(f => new FileInfo(f).Length > 0);
            Directory.GetFiles(directory).Should().HaveCount(3, "temporary files are moved into place");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
