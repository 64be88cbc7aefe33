using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>Splits a profile's load between several scenarios by weight: the arrival rate (open) or the loops (closed).</summary>
public static class LoadShare
{
    public static LoadSimulation Of(ProfileOptions options, int weight, int totalWeight)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fraction = (double)weight / totalWeight;
        return options.Model == LoadModel.Open
            ? Simulation.Inject(Math.Max(1, (int)Math.Round(options.Rate * fraction)), TimeSpan.FromSeconds(1), options.Duration)
            : Simulation.KeepConstant(Math.Max(options.Agent.Count, (int)Math.Round(options.Concurrency * fraction)), options.Duration);
    }
}
