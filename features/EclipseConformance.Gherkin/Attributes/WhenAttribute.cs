namespace EclipseConformance.Gherkin;

/// <summary>Binds the method to <c>When</c> steps (and <c>And</c>/<c>But</c> steps that follow one).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class WhenAttribute(string expression) : StepDefinitionBaseAttribute(expression, [StepDefinitionType.When]);
