namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The facts a decision point exposes to rule expressions. Expressions see only the public properties of the facts
/// type (and a small allow-list of value types and <see cref="Math"/>), nothing else.
/// </summary>
public interface IRuleFacts
{
    static abstract DecisionPoint DecisionPoint { get; }
}
