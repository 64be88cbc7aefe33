namespace EclipseConformance.Gherkin.Runtime;

/// <summary>The outcome of a <c>[BeforeTestRun]</c> / <c>[AfterTestRun]</c> hook.</summary>
internal sealed record RunHookResult(string HookId, string Name, ResultStatus Status, DateTimeOffset StartedAt, TimeSpan Duration, string? Message);
