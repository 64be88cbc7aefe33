namespace EclipseConformance.Gherkin;

/// <summary>
/// Base of <see cref="GivenAttribute"/>, <see cref="WhenAttribute"/>, <see cref="ThenAttribute"/> and
/// <see cref="StepDefinitionAttribute"/>. The expression is a Cucumber expression, or a regular expression when it
/// starts with <c>^</c> or ends with <c>$</c> (Reqnroll's rule).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class StepDefinitionBaseAttribute : Attribute
{
    private protected StepDefinitionBaseAttribute(string expression, StepDefinitionType[] types)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        Expression = expression;
        Types = types;
    }

    /// <summary>The Cucumber expression or regular expression the step text must match completely.</summary>
    public string Expression { get; }

    /// <summary>The keyword families this definition binds to.</summary>
    public IReadOnlyList<StepDefinitionType> Types { get; }
}
