using System.Globalization;

namespace EclipseConformance.Load.Execution;

/// <summary>Turns a scenario's load simulations into consecutive segments with resolved ramp start values.</summary>
public static class SimulationPlan
{
    public static IReadOnlyList<PlanSegment> Build(IReadOnlyList<LoadSimulation> simulations)
    {
        ArgumentNullException.ThrowIfNull(simulations);
        var segments = new List<PlanSegment>(simulations.Count);
        var offset = TimeSpan.Zero;
        double rate = 0;
        var copies = 0;
        foreach (var simulation in simulations)
        {
            simulation.Validate();
            var end = offset + simulation.During;
            PlanSegment segment = simulation switch
            {
                InjectSimulation s => new(SegmentKind.Open, offset, end, s.RatePerSecond, s.RatePerSecond),
                RampingInjectSimulation s => new(SegmentKind.Open, offset, end, rate, s.RatePerSecond),
                KeepConstantSimulation s => new(SegmentKind.Closed, offset, end, StartCopies: s.Copies, EndCopies: s.Copies),
                RampingConstantSimulation s => new(SegmentKind.Closed, offset, end, StartCopies: copies, EndCopies: s.Copies),
                PauseSimulation => new(SegmentKind.Pause, offset, end),
                _ => throw new NotSupportedException($"Unknown load simulation {simulation.GetType().Name}."),
            };
            rate = segment.Kind == SegmentKind.Open ? segment.EndRate : 0;
            copies = segment.Kind == SegmentKind.Closed ? segment.EndCopies : 0;
            segments.Add(segment);
            offset = end;
        }

        return segments;
    }

    /// <summary>The first <paramref name="length"/> of a plan (used for warm-up).</summary>
    public static IReadOnlyList<PlanSegment> Truncate(IReadOnlyList<PlanSegment> plan, TimeSpan length)
    {
        var result = new List<PlanSegment>();
        foreach (var segment in plan)
        {
            if (segment.Start >= length)
            {
                break;
            }

            if (segment.End <= length)
            {
                result.Add(segment);
                continue;
            }

            var fraction = (length - segment.Start) / segment.Length;
            result.Add(segment with
            {
                End = length,
                EndRate = segment.StartRate + ((segment.EndRate - segment.StartRate) * fraction),
                EndCopies = segment.CopiesAt(length),
            });
        }

        return result;
    }

    /// <summary>"open", "closed" or "open+closed", for the report.</summary>
    public static string DescribeModel(IReadOnlyList<PlanSegment> plan)
    {
        var open = plan.Any(s => s.Kind == SegmentKind.Open);
        var closed = plan.Any(s => s.Kind == SegmentKind.Closed);
        return (open, closed) switch
        {
            (true, true) => "open+closed",
            (false, true) => "closed",
            _ => "open",
        };
    }

    /// <summary>"inject 100 per 1 s for 10 s, then …" for the report.</summary>
    public static string Describe(IEnumerable<LoadSimulation> simulations) =>
        string.Join(", then ", simulations.Select(s => s switch
        {
            InjectSimulation i => string.Create(CultureInfo.InvariantCulture, $"inject {i.Rate} per {i.Interval.TotalSeconds} s for {i.During.TotalSeconds} s"),
            RampingInjectSimulation r => string.Create(CultureInfo.InvariantCulture, $"ramp injection to {r.Rate} per {r.Interval.TotalSeconds} s over {r.During.TotalSeconds} s"),
            KeepConstantSimulation k => string.Create(CultureInfo.InvariantCulture, $"keep {k.Copies} loops for {k.During.TotalSeconds} s"),
            RampingConstantSimulation r => string.Create(CultureInfo.InvariantCulture, $"ramp to {r.Copies} loops over {r.During.TotalSeconds} s"),
            PauseSimulation p => string.Create(CultureInfo.InvariantCulture, $"pause {p.During.TotalSeconds} s"),
            _ => s.ToString(),
        }));
}
