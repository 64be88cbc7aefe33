using System.Reflection;
using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Bindings;

/// <summary>One step definition: a method, its keyword families and its compiled pattern.</summary>
internal sealed class StepDefinitionBinding(
    string id,
    IReadOnlyList<StepDefinitionType> types,
    MethodInfo method,
    IStepExpression expression,
    ParameterInfo? stepArgumentParameter)
{
    public string Id { get; } = id;

    public IReadOnlyList<StepDefinitionType> Types { get; } = types;

    public MethodInfo Method { get; } = method;

    public IStepExpression Expression { get; } = expression;

    /// <summary>The trailing DataTable/DocString/string parameter that receives the step's table or doc string.</summary>
    public ParameterInfo? StepArgumentParameter { get; } = stepArgumentParameter;

    /// <summary><c>Type.Method [Given("pattern")]</c>, as shown in failure messages.</summary>
    public string Describe()
    {
        var keyword = Types.Count == 1 ? Types[0].ToString() : "StepDefinition";
        return $"{Method.DeclaringType?.Name}.{Method.Name} [{keyword}(\"{Expression.Source}\")]";
    }

    public bool Accepts(StepDefinitionType? stepType) => stepType is null || Types.Contains(stepType.Value);
}
