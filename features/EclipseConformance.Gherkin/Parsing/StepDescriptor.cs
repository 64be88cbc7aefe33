using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Parsing;

/// <summary>One step of a pickle with what the reports and failure messages need: keyword as written and line.</summary>
internal sealed record StepDescriptor(Messages.PickleStep Pickle, string Keyword, int Line, bool FromBackground)
{
    public string Text => Pickle.Text;

    public string Id => Pickle.Id;
}
