namespace EclipseConformance.Load;

/// <summary>Factory for load simulations, named as NBomber's <c>Simulation</c>.</summary>
public static class Simulation
{
    /// <summary>Open model: inject <paramref name="rate"/> scenario invocations per <paramref name="interval"/>.</summary>
    public static LoadSimulation Inject(int rate, TimeSpan interval, TimeSpan during) =>
        new InjectSimulation(rate, interval, during);

    /// <summary>Open model: ramp the injection rate linearly to <paramref name="rate"/> per <paramref name="interval"/>.</summary>
    public static LoadSimulation RampingInject(int rate, TimeSpan interval, TimeSpan during) =>
        new RampingInjectSimulation(rate, interval, during);

    /// <summary>Closed model: keep <paramref name="copies"/> loops running.</summary>
    public static LoadSimulation KeepConstant(int copies, TimeSpan during) =>
        new KeepConstantSimulation(copies, during);

    /// <summary>Closed model: ramp the number of loops linearly to <paramref name="copies"/>.</summary>
    public static LoadSimulation RampingConstant(int copies, TimeSpan during) =>
        new RampingConstantSimulation(copies, during);

    /// <summary>Start no new work for <paramref name="during"/>.</summary>
    public static LoadSimulation Pause(TimeSpan during) => new PauseSimulation(during);
}
