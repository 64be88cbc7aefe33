namespace EclipseConformance.Gherkin.Runtime;

/// <summary>The running verdict of a scenario: the first problem decides, a later failure beats a skip.</summary>
internal sealed class ScenarioState(ScenarioContext context)
{
    private readonly List<string> _more = [];

    public ResultStatus? Status { get; private set; }

    public string? Message { get; private set; }

    public Exception? Error { get; private set; }

    /// <summary>True once something failed or skipped: later steps are skipped.</summary>
    public bool Stopped => Status is not null;

    public void Record(ResultStatus status, string message, Exception? error)
    {
        if (Status is null || (Status == ResultStatus.Skipped && status != ResultStatus.Skipped))
        {
            if (Status is not null && Message is not null)
                _more.Add("Before that the scenario was skipped: " + Message);
            Status = status;
            Message = message;
            Error = error;
            context.ScenarioExecutionStatus = Outcome.ToExecutionStatus(status);
            context.TestError = error;
        }
        else
        {
            _more.Add(message);
        }
    }

    /// <summary>The first problem's message, followed by any later ones.</summary>
    public string? FullMessage =>
        Message is null ? null : _more.Count == 0 ? Message : Message + "\n\nAlso:\n" + string.Join("\n", _more);
}
