namespace EclipseConformance.Gherkin.Expressions;

/// <summary>A step pattern cannot be compiled.</summary>
internal sealed class StepExpressionException(string message) : Exception(message);
