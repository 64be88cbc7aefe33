namespace EclipseConformance.Engine.Rules;

/// <summary>One step of a retry schedule: <see cref="Times"/> retries, each <see cref="Every"/> after the previous attempt.</summary>
public sealed record RetryStep(TimeSpan Every, int Times);
