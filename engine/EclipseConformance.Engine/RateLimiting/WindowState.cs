namespace EclipseConformance.Engine.RateLimiting;

/// <summary>The outcome of taking permits from a fixed window, and the window as the caller should see it.</summary>
public readonly record struct WindowState(bool Acquired, int Limit, int Remaining, TimeSpan ResetAfter, long WindowStart);
