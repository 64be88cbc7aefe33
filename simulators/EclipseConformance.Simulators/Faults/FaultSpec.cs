namespace EclipseConformance.Simulators;

/// <summary>
/// A fault as data: which requests (<see cref="Match"/>), what happens (<see cref="Outcome"/>), how
/// many times (<see cref="Count"/>, null = until removed) and until when (<see cref="Until"/>,
/// compared with the simulator's clock). Faults are evaluated in the order they were added; the
/// first live match wins and uses up one of its count.
/// </summary>
public sealed record FaultSpec
{
    /// <summary>Optional id; one is assigned when absent. Adding an id that exists replaces that fault.</summary>
    public string? Id { get; init; }

    public FaultMatch Match { get; init; } = FaultMatch.Any;

    public required FaultOutcome Outcome { get; init; }

    public int? Count { get; init; }

    public DateTimeOffset? Until { get; init; }

    public string? Description { get; init; }

    /// <summary>Every problem with this spec, as sentences; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Outcome is null)
        {
            problems.Add("outcome is required.");
        }
        else
        {
            problems.AddRange(Outcome.Validate());
        }

        problems.AddRange((Match ?? FaultMatch.Any).Validate());
        if (Count is < 1 or > 1_000_000)
        {
            problems.Add("count must be between 1 and 1000000 when given.");
        }

        if (Id is { } id && (id.Length is 0 or > 64 || id.Any(char.IsWhiteSpace)))
        {
            problems.Add("id must be 1-64 characters without spaces.");
        }

        return problems;
    }
}
