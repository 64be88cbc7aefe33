namespace EclipseConformance.Load.Reporting;

/// <summary>One line of an SVG chart: y values aligned with the chart's x values.</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values);
