using System.Globalization;
using System.Reflection;
using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Bindings;

/// <summary>
/// The step definitions and hooks of a test run, read from <see cref="BindingAttribute"/> classes. Invalid bindings
/// (bad pattern, parameter mismatch, async void, instance feature hook...) are collected as <see cref="Errors"/>;
/// every scenario then fails with them, as Reqnroll does with binding errors.
/// </summary>
internal sealed class BindingRegistry
{
    private static readonly Type[] StepArgumentTypes = [typeof(DataTable), typeof(DocString), typeof(string)];
    private readonly List<StepDefinitionBinding> _steps = [];
    private readonly List<HookBinding> _hooks = [];
    private readonly List<string> _errors = [];

    private BindingRegistry()
    {
    }

    public IReadOnlyList<StepDefinitionBinding> StepDefinitions => _steps;

    public IReadOnlyList<HookBinding> Hooks => _hooks;

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Reads every <c>[Binding]</c> class of the assemblies.</summary>
    public static BindingRegistry FromAssemblies(IEnumerable<Assembly> assemblies) =>
        FromTypes(assemblies.Distinct().SelectMany(a => a.GetTypes()).Where(t => t.IsDefined(typeof(BindingAttribute), inherit: true)));

    /// <summary>Reads the given classes, whether or not they carry <c>[Binding]</c> (used by tests).</summary>
    public static BindingRegistry FromTypes(IEnumerable<Type> types)
    {
        var registry = new BindingRegistry();
        foreach (var type in types.Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .OrderBy(m => m.MetadataToken);
            foreach (var method in methods)
            {
                foreach (var attribute in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
                    registry.AddStep(method, attribute);
                foreach (var attribute in method.GetCustomAttributes<HookAttribute>())
                    registry.AddHook(method, attribute);
            }
        }

        return registry;
    }

    /// <summary>The hooks of a type that apply to the tags, lowest <see cref="HookAttribute.Order"/> first.</summary>
    public IReadOnlyList<HookBinding> HooksFor(HookType type, IReadOnlyList<string> tags) =>
        [.. _hooks.Where(h => h.Type == type && h.AppliesTo(tags)).OrderBy(h => h.Order)];

    private void AddStep(MethodInfo method, StepDefinitionBaseAttribute attribute)
    {
        var where = $"{method.DeclaringType?.Name}.{method.Name} [\"{attribute.Expression}\"]";
        if (CommonProblem(method, mustBeStatic: false) is { } problem)
        {
            _errors.Add($"Binding error in {where}: {problem}");
            return;
        }

        var values = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToList();
        IStepExpression expression;
        try
        {
            expression = RegularExpression.IsRegexPattern(attribute.Expression)
                ? new RegularExpression(attribute.Expression)
                : new CucumberExpression(attribute.Expression, [.. values.Select(p => p.ParameterType)]);
        }
        catch (StepExpressionException ex)
        {
            _errors.Add($"Binding error in {where}: {ex.Message}");
            return;
        }

        ParameterInfo? argument = null;
        if (values.Count == expression.ParameterCount + 1 && StepArgumentTypes.Contains(values[^1].ParameterType))
            argument = values[^1];
        else if (values.Count != expression.ParameterCount)
        {
            _errors.Add($"Binding error in {where}: the method takes {values.Count} parameter(s) but the pattern captures " +
                $"{expression.ParameterCount} (plus at most one trailing DataTable, DocString or string for the step's table or doc string).");
            return;
        }

        var unconvertible = values.Take(expression.ParameterCount).FirstOrDefault(p => !StepArgumentConverter.CanConvert(p.ParameterType));
        if (unconvertible is not null)
        {
            _errors.Add($"Binding error in {where}: parameter '{unconvertible.Name}' has type {unconvertible.ParameterType.Name}, " +
                "which cannot be converted from step text.");
            return;
        }

        var id = "sd-" + (_steps.Count + 1).ToString(CultureInfo.InvariantCulture);
        _steps.Add(new StepDefinitionBinding(id, attribute.Types, method, expression, argument));
    }

    private void AddHook(MethodInfo method, HookAttribute attribute)
    {
        var mustBeStatic = attribute.HookType is not (HookType.BeforeScenario or HookType.AfterScenario);
        if (CommonProblem(method, mustBeStatic) is { } problem)
        {
            _errors.Add($"Binding error in [{attribute.HookType}] {method.DeclaringType?.Name}.{method.Name}: {problem}");
            return;
        }

        var id = "hook-" + (_hooks.Count + 1).ToString(CultureInfo.InvariantCulture);
        _hooks.Add(new HookBinding(id, attribute.HookType, method, attribute.Order, attribute.Tags));
    }

    private static string? CommonProblem(MethodInfo method, bool mustBeStatic)
    {
        if (!BindingInvoker.IsSupportedReturnType(method))
            return "async void methods cannot be awaited; return Task or ValueTask.";
        if (method.IsGenericMethodDefinition)
            return "generic methods cannot be bindings.";
        if (method.GetParameters().Any(p => p.ParameterType.IsByRef))
            return "ref/out parameters are not supported.";
        if (mustBeStatic && !method.IsStatic)
            return "this hook runs outside any scenario and must be static.";
        if (!method.IsStatic && method.DeclaringType is { IsAbstract: true })
            return "instance bindings need a class that can be created (not abstract or static).";
        return null;
    }
}
