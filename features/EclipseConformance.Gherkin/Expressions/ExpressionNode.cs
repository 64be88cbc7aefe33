namespace EclipseConformance.Gherkin.Expressions;

/// <summary>A parsed piece of a Cucumber expression.</summary>
internal sealed record ExpressionNode(ExpressionNodeKind Kind, string Text, IReadOnlyList<string> Alternatives)
{
    public static ExpressionNode Of(ExpressionNodeKind kind, string text) => new(kind, text, []);
}
