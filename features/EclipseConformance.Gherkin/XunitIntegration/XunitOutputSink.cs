using EclipseConformance.Gherkin.Runtime;
using Xunit;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>Sends live scenario output to the running xunit test's output.</summary>
internal sealed class XunitOutputSink(ITestOutputHelper? output) : IScenarioOutputSink
{
    public void WriteLine(string line)
    {
        try
        {
            output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test already finished (e.g. output from a background task); the reports still have it.
        }
    }
}
