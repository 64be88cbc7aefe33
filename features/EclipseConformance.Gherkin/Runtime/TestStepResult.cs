using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>What happened to one test step of a scenario: a scenario hook or a Gherkin step.</summary>
internal sealed record TestStepResult
{
    /// <summary>Unique in the run: <c>{pickle id}-s{index}</c>.</summary>
    public required string Id { get; init; }

    public required TestStepKind Kind { get; init; }

    /// <summary>For a hook: its binding id.</summary>
    public string? HookId { get; init; }

    /// <summary>For a hook: <c>Type.Method</c>; for a step: keyword and text.</summary>
    public required string Name { get; init; }

    /// <summary>For a step: the pickle step id.</summary>
    public string? PickleStepId { get; init; }

    /// <summary>For a step: the matching step definitions (none when undefined, several when ambiguous).</summary>
    public IReadOnlyList<string> StepDefinitionIds { get; init; } = [];

    public IReadOnlyList<MatchedArgument> Arguments { get; init; } = [];

    public required ResultStatus Status { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>Failure text, undefined/ambiguous explanation, pending text or skip reason.</summary>
    public string? Message { get; init; }

    public string? ExceptionType { get; init; }

    public string? StackTrace { get; init; }
}
