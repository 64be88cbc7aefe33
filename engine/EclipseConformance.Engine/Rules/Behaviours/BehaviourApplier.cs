using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Puts rule-file behaviours onto the running simulators as faults (id <c>rules.{name}</c>). Each apply removes the
/// faults it added before and adds the current ones, leaving faults added by other means (control plane, tests)
/// alone. Call <see cref="Reapply"/> after resetting the simulators (a reset clears every fault).
/// </summary>
public sealed partial class BehaviourApplier(SimulatorSet simulators, ILogger<BehaviourApplier> logger)
{
    private readonly Lock _gate = new();
    private readonly List<(string Upstream, string FaultId)> _applied = [];
    private IReadOnlyList<SimulatorBehaviour> _current = [];

    /// <summary>Names of the behaviours currently on a running simulator (disabled upstreams are skipped).</summary>
    public IReadOnlySet<string> AppliedNames
    {
        get
        {
            lock (_gate)
            {
                return _applied.Select(a => a.FaultId[SimulatorBehaviour.IdPrefix.Length..]).ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    public void Apply(IReadOnlyList<SimulatorBehaviour> behaviours)
    {
        lock (_gate)
        {
            foreach (var (upstream, id) in _applied)
            {
                if (simulators.TryGet(upstream, out var simulator))
                {
                    simulator!.Faults.Remove(id);
                }
            }

            _applied.Clear();
            _current = behaviours;
            foreach (var behaviour in behaviours.Where(b => b.Enabled))
            {
                if (!simulators.TryGet(behaviour.Upstream, out var simulator))
                {
                    LogSkipped(logger, behaviour.Name, behaviour.Upstream);
                    continue;
                }

                try
                {
                    simulator!.AddFault(behaviour.Fault);
                    _applied.Add((behaviour.Upstream, behaviour.Fault.Id!));
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
                {
                    LogFailed(logger, behaviour.Name, behaviour.Upstream, ex.Message);
                }
            }
        }
    }

    /// <summary>Applies the last behaviours again (after the simulators were reset).</summary>
    public void Reapply()
    {
        IReadOnlyList<SimulatorBehaviour> current;
        lock (_gate)
        {
            current = _current;
        }

        Apply(current);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rule behaviour {Name} targets simulator {Upstream}, which is not enabled; skipped")]
    private static partial void LogSkipped(ILogger logger, string name, string upstream);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rule behaviour {Name} could not be applied to {Upstream}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string name, string upstream, string reason);
}
