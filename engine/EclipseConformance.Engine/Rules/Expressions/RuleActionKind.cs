namespace EclipseConformance.Engine.Rules;

/// <summary>A decision rule's <c>then.action</c>: reject the request with an envelope, or allow it (stopping later rules).</summary>
public enum RuleActionKind
{
    Reject,
    Allow,
}
