namespace EclipseConformance.Load;

/// <summary>No new work for <paramref name="During"/>; requests already in flight finish.</summary>
public sealed record PauseSimulation(TimeSpan During) : LoadSimulation(During);
