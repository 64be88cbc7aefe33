using System.CommandLine;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Cli;

/// <summary>The <c>load</c> command line: run, merge, echo-server, wiremock-stub, profiles, bench.</summary>
public static class LoadCommandLine
{
    public static RootCommand Create(ProfileRegistry registry, TextWriter output) =>
        new("EclipseConformance load runner: open/closed-model load with HdrHistogram, coordinated-omission correction and reports")
        {
            RunCommand.Create(registry, output),
            MergeCommand.Create(output),
            EchoServerCommand.Create(output),
            WireMockStubCommand.Create(output),
            ProfilesCommand.Create(registry, output),
            BenchCommand.Create(output),
        };

    /// <summary>
    /// Parses and runs. <c>load --profile X …</c> (no verb, as issue 11 writes it) means <c>load run --profile X …</c>.
    /// </summary>
    public static Task<int> InvokeAsync(string[] args, ProfileRegistry registry, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && (args[0] is "--profile" or "-p" || args[0].StartsWith("--profile=", StringComparison.Ordinal)))
        {
            args = ["run", .. args];
        }

        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(45), Output = output };
        return Create(registry, output).Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
