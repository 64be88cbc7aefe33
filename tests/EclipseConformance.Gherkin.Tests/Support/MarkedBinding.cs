namespace EclipseConformance.Gherkin.Tests.Support;

/// <summary>The only [Binding] class of this assembly (assembly scanning must find it and nothing else).</summary>
[Binding]
public sealed class MarkedBinding
{
    [Given("a marked binding step")]
    public void Step()
    {
    }
}
