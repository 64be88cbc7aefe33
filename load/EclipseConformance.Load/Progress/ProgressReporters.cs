using Spectre.Console;

namespace EclipseConformance.Load.Progress;

/// <summary>Chooses the progress display: live table on a terminal, plain lines in CI or when redirected.</summary>
public static class ProgressReporters
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && AnsiConsole.Profile.Capabilities.Interactive;

    public static IProgressReporter Auto() =>
        IsInteractive ? new SpectreProgressReporter(AnsiConsole.Console) : new PlainProgressReporter(Console.Out);
}
