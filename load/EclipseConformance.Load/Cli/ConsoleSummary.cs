using System.Globalization;

namespace EclipseConformance.Load.Cli;

/// <summary>The few lines printed after a run or merge (the full story is in the report folder).</summary>
internal static class ConsoleSummary
{
    public static void Write(TextWriter output, RunResult result, string folder)
    {
        foreach (var s in result.Scenarios)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Name} ({s.Model}): {s.OkPerSecond:F1} ok/s, {s.RequestsPerSecond:F1} req/s, ok {s.Ok}, failed {s.Failed}, dropped {s.Dropped}, late {s.Late}; latency p50 {s.LatencyMs(50):F3} ms, p99 {s.LatencyMs(99):F3} ms, p99.9 {s.LatencyMs(99.9):F3} ms; service p50 {s.ServiceMs(50):F3} ms, p99 {s.ServiceMs(99):F3} ms"));
        }

        foreach (var violation in result.Violations)
        {
            output.WriteLine($"THRESHOLD VIOLATED: {violation.Describe()}");
        }

        foreach (var section in result.FailedSections)
        {
            output.WriteLine($"CHECK FAILED: {section.Title}");
        }

        if (result.StoppedReason is { } reason)
        {
            output.WriteLine($"STOPPED EARLY: {reason}");
        }

        output.WriteLine($"{(result.Passed ? "PASSED" : "FAILED")}; report: {Path.GetFullPath(folder)}");
    }
}
