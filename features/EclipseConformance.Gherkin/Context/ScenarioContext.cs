using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin;

/// <summary>
/// Per-scenario context (Reqnroll's <c>ScenarioContext</c>): what is running, how it is going, a property bag, and
/// the scenario's output — text lines and named attachments (e.g. the HTTP exchange that failed) that appear in the
/// test output and in the reports.
/// </summary>
public sealed class ScenarioContext : GherkinContext
{
    private readonly ScenarioOutput _output;

    internal ScenarioContext(ScenarioInfo scenarioInfo, ScenarioOutput output, CancellationToken cancellationToken)
    {
        ScenarioInfo = scenarioInfo;
        _output = output;
        CancellationToken = cancellationToken;
    }

    /// <summary>The running scenario.</summary>
    public ScenarioInfo ScenarioInfo { get; }

    /// <summary>OK until a step fails, is undefined, pending, ambiguous or skips the scenario.</summary>
    public ScenarioExecutionStatus ScenarioExecutionStatus { get; internal set; } = ScenarioExecutionStatus.OK;

    /// <summary>The exception of the failing step or hook, if any (useful in <c>[AfterScenario]</c>).</summary>
    public Exception? TestError { get; internal set; }

    /// <summary>Cancelled when the test run is cancelled; pass it on to I/O.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Marks the current step as not implemented yet.</summary>
    public void Pending() => throw new PendingStepException();

    /// <summary>Skips the scenario with a stated reason; later steps are reported as skipped.</summary>
    public void Skip(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        throw new ScenarioSkippedException(reason);
    }

    /// <summary>Writes a line to the test output and the reports.</summary>
    public void WriteLine(string text) => _output.WriteLine(text ?? string.Empty);

    /// <summary>Attaches text (e.g. an HTTP exchange) to the current step in the reports and the test output.</summary>
    public void Attach(string name, string content, string mediaType = "text/plain")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        _output.Attach(name, mediaType, content);
    }
}
