namespace EclipseConformance.Gherkin;

/// <summary>Binds the method to steps of any keyword.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class StepDefinitionAttribute(string expression)
    : StepDefinitionBaseAttribute(expression, [StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then]);
