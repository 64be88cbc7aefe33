namespace EclipseConformance.Gherkin.Runtime;

/// <summary>Where live scenario output goes besides the reports (the xunit test output).</summary>
internal interface IScenarioOutputSink
{
    void WriteLine(string line);
}
