namespace EclipseConformance.Load;

/// <summary>A threshold checked against one scenario's results.</summary>
public sealed record ThresholdResult(Threshold Threshold, string ScenarioName, double Actual, bool Passed)
{
    public string Describe() =>
        $"{ScenarioName}: {Threshold.Describe().Split(": ", 2)[^1]} (actual {Actual.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)})";
}
