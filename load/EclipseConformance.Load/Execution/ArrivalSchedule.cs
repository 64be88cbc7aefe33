namespace EclipseConformance.Load.Execution;

/// <summary>
/// The open model's intended start times. Within a segment arrival <c>n</c> (from 0) happens when the
/// integral of the rate reaches <c>n</c>: evenly spaced for a constant rate, closer and closer for a rising
/// ramp. The schedule depends only on the plan, never on how fast the target answers.
/// </summary>
public static class ArrivalSchedule
{
    /// <summary>Offsets (seconds from phase start) of this agent's arrivals, in order.</summary>
    public static IEnumerable<double> Offsets(IEnumerable<PlanSegment> segments, AgentShare agent)
    {
        ArgumentNullException.ThrowIfNull(segments);
        long global = 0;
        foreach (var segment in segments)
        {
            if (segment.Kind != SegmentKind.Open)
            {
                continue;
            }

            foreach (var local in SegmentOffsets(segment))
            {
                if (agent.Takes(global++))
                {
                    yield return segment.Start.TotalSeconds + local;
                }
            }
        }
    }

    /// <summary>Arrival offsets (seconds from the segment start) of one open segment, for all agents.</summary>
    public static IEnumerable<double> SegmentOffsets(PlanSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var length = segment.Length.TotalSeconds;
        var r0 = segment.StartRate;
        var a = (segment.EndRate - r0) / (2 * length);
        for (long n = 0; ; n++)
        {
            var t = TimeOfArrival(n, r0, a);
            if (double.IsNaN(t) || t >= length)
            {
                yield break;
            }

            yield return t;
        }
    }

    // Solves r0·t + a·t² = n for the smallest t ≥ 0 in the stable form t = 2n / (r0 + √(r0² + 4an)).
    private static double TimeOfArrival(long n, double r0, double a)
    {
        if (n == 0)
        {
            return r0 > 0 || a > 0 ? 0 : double.NaN;
        }

        var discriminant = (r0 * r0) + (4 * a * n);
        if (discriminant < 0)
        {
            return double.NaN;
        }

        var denominator = r0 + Math.Sqrt(discriminant);
        return denominator <= 0 ? double.NaN : 2.0 * n / denominator;
    }
}
