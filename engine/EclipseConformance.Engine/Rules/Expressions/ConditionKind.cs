namespace EclipseConformance.Engine.Rules;

/// <summary>A node of a rule's <c>when</c>: an expression, or <c>all</c>/<c>any</c>/<c>not</c> over child conditions.</summary>
public enum ConditionKind
{
    Expression,
    All,
    Any,
    Not,
}
