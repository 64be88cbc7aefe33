namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The rule set in force: the files it was built from (in layering order), its version and content hash, the
/// policies, the config items, the compiled decision rules, the simulator behaviours and settings. Immutable; swapped as a
/// whole on reload.
/// </summary>
public sealed record ActiveRuleSet(
    long Version,
    string Hash,
    DateTimeOffset LoadedAt,
    IReadOnlyList<RuleFileInfo> Files,
    PolicySnapshot Policies,
    RuleConfigItems ConfigItems,
    IReadOnlyList<DecisionRule> Rules,
    RuleBook Book,
    IReadOnlyList<SimulatorBehaviour> Behaviours,
    SimulatorSettings Simulators)
{
    public static ActiveRuleSet Initial { get; } =
        new(0, "", DateTimeOffset.MinValue, [], PolicySnapshot.Defaults, RuleConfigItems.Empty, [], RuleBook.Empty, [], SimulatorSettings.None);
}
