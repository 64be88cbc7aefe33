namespace EclipseConformance.Engine.Rules;

/// <summary>At most <see cref="Permits"/> requests per <see cref="Window"/> (fixed window). Permits 1–1,000,000; window 1 s–1 day.</summary>
public sealed record RateLimitWindow(int Permits, TimeSpan Window);
