namespace EclipseConformance.Engine.Primitives;

/// <summary><c>--Clock:Mode=Manual --Clock:Start=2026-03-16T08:00:00Z</c>.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    public ClockMode Mode { get; set; } = ClockMode.Realtime;

    /// <summary>Virtual time at start; default: the wall clock.</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>How often realtime mode moves virtual time forward (and fires due timers).</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromMilliseconds(5);
}
