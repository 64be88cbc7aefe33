namespace EclipseConformance.Engine.Control.Faults;

/// <summary>An upstream simulator: its name, where it listens, and how many faults are active on it.</summary>
public sealed record SimulatorView(string Name, string BaseUrl, int Faults, int JournalEntries);
