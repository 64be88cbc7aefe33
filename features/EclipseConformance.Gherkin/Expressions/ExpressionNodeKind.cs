namespace EclipseConformance.Gherkin.Expressions;

internal enum ExpressionNodeKind
{
    Text,
    Whitespace,
    Alternation,
    Optional,
    Parameter,
}
