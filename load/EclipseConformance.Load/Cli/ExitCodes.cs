namespace EclipseConformance.Load.Cli;

public static class ExitCodes
{
    /// <summary>The run completed and every threshold and invariant held.</summary>
    public const int Passed = 0;

    /// <summary>A threshold or invariant was violated, or the run stopped early.</summary>
    public const int Failed = 1;

    /// <summary>Bad arguments, unknown profile, unreadable input, target could not start.</summary>
    public const int UsageOrSetupError = 2;
}
