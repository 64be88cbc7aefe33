using EclipseConformance.Engine.Host;

namespace EclipseConformance.Engine.Tests.Host;

public class CommandLineTests
{
    [Fact]
    public void Documented_switches_map_to_configuration()
    {
        var (args, error) = CommandLine.Translate(["--port", "9090", "--data-dir=/tmp/x", "--store", "Host=db"], _ => null);
        error.Should().BeNull();
        args.Should().Equal("--Engine:Port=9090", "--Store:DataDir=/tmp/x", "--Store:Store=Host=db");
    }

    [Fact]
    public void Environment_variables_apply_and_switches_win()
    {
        var env = new Dictionary<string, string> { ["ECLIPSE_SIM_PORT"] = "7000" };
        var (args, _) = CommandLine.Translate(["--port", "7001"], v => env.GetValueOrDefault(v));
        args.Should().Equal("--Engine:Port=7000", "--Engine:Port=7001");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port")]
    public void Unknown_or_incomplete_switches_are_errors(string arg)
    {
        CommandLine.Translate([arg], _ => null).Error.Should().NotBeNullOrEmpty();
    }
}
