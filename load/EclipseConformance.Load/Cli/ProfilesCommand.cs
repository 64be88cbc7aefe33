using System.CommandLine;
using System.Globalization;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Cli;

/// <summary><c>load profiles</c>: the registered profiles and their defaults.</summary>
internal static class ProfilesCommand
{
    public static Command Create(ProfileRegistry registry, TextWriter output)
    {
        var command = new Command("profiles", "List the load profiles");
        command.SetAction(_ =>
        {
            foreach (var p in registry.All)
            {
                var d = p.Defaults;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Name,-22} {p.Description}\n{string.Empty,-22} defaults: {d.Model.ToString().ToLowerInvariant()} model, rate {d.Rate}/s, concurrency {d.Concurrency}, duration {d.Duration.TotalSeconds} s, warm-up {d.WarmUp.TotalSeconds} s; thresholds: {(d.Thresholds.Count == 0 ? "none" : string.Join("; ", d.Thresholds.Select(t => t.Describe())))}"));
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}
