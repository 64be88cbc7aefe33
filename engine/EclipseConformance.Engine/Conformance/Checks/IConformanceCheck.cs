namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// One conformance rule: fixed code (no expressions compiled at run time) that reads its switch and thresholds from
/// the active <see cref="ConformancePolicy"/> and judges the channel's recorded traffic.
/// </summary>
public interface IConformanceCheck
{
    /// <summary>The rule id (its key under <c>policies.conformance</c>).</summary>
    string Rule { get; }

    string Title { get; }

    ConformanceSource Source { get; }

    bool Enabled(ConformancePolicy policy);

    IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy);
}
