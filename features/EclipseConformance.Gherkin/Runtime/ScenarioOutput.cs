namespace EclipseConformance.Gherkin.Runtime;

/// <summary>Collects a scenario's output lines and attachments; forwards lines to the live sink.</summary>
internal sealed class ScenarioOutput(IScenarioOutputSink? sink, TimeProvider time)
{
    private const int MaxLines = 10_000;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<ScenarioAttachment> _attachments = [];

    /// <summary>The test step (hook or step) currently running; attachments are tied to it.</summary>
    public string? CurrentTestStepId { get; set; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
                return [.. _lines];
        }
    }

    public IReadOnlyList<ScenarioAttachment> Attachments
    {
        get
        {
            lock (_gate)
                return [.. _attachments];
        }
    }

    public void WriteLine(string line)
    {
        lock (_gate)
        {
            if (_lines.Count < MaxLines)
                _lines.Add(line);
        }

        sink?.WriteLine(line);
    }

    /// <summary>Live progress (step results) for the test output only; the reports have the structured results.</summary>
    public void Progress(string line) => sink?.WriteLine(line);

    public void Attach(string name, string mediaType, string content)
    {
        lock (_gate)
            _attachments.Add(new ScenarioAttachment(name, mediaType, content, CurrentTestStepId, time.GetUtcNow()));

        sink?.WriteLine($"--- attachment: {name} ({mediaType}) ---");
        sink?.WriteLine(content);
        sink?.WriteLine("--- end of attachment ---");
    }
}
