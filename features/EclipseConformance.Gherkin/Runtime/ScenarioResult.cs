using EclipseConformance.Gherkin.Parsing;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>The outcome of one scenario run, with everything the reports show.</summary>
internal sealed record ScenarioResult
{
    public required ScenarioDescriptor Scenario { get; init; }

    public required ResultStatus Status { get; init; }

    /// <summary>Failure text or skip reason; null when the scenario passed.</summary>
    public string? Message { get; init; }

    /// <summary>The exception behind a failure, kept for the test framework.</summary>
    public Exception? Error { get; init; }

    public required IReadOnlyList<TestStepResult> Steps { get; init; }

    public required IReadOnlyList<ScenarioAttachment> Attachments { get; init; }

    public required IReadOnlyList<string> Output { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>The thread/worker that ran it (Cucumber's workerId).</summary>
    public string? WorkerId { get; init; }
}
