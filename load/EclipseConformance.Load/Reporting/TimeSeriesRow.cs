namespace EclipseConformance.Load.Reporting;

/// <summary>The counters of one timeseries.csv row, as read back for merging.</summary>
public sealed record TimeSeriesRow(string Scenario, long UnixMs, double LengthSeconds, long Started, long Ok, long Failed, long Dropped, long Late);
