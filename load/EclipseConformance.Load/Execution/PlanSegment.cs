namespace EclipseConformance.Load.Execution;

/// <summary>
/// One phase of a scenario's plan with resolved start values: an open segment moves its arrival rate from
/// <see cref="StartRate"/> to <see cref="EndRate"/> (per second), a closed one its loop count from
/// <see cref="StartCopies"/> to <see cref="EndCopies"/>. Offsets are from the start of the phase.
/// </summary>
public sealed record PlanSegment(
    SegmentKind Kind,
    TimeSpan Start,
    TimeSpan End,
    double StartRate = 0,
    double EndRate = 0,
    int StartCopies = 0,
    int EndCopies = 0)
{
    public TimeSpan Length => End - Start;

    /// <summary>Loops wanted at <paramref name="offset"/> (closed segments), linear between start and end.</summary>
    public int CopiesAt(TimeSpan offset)
    {
        if (Kind != SegmentKind.Closed)
        {
            return 0;
        }

        var fraction = Length <= TimeSpan.Zero ? 1 : Math.Clamp((offset - Start) / Length, 0, 1);
        return (int)Math.Round(StartCopies + ((EndCopies - StartCopies) * fraction));
    }
}
