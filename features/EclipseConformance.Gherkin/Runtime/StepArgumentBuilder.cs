using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Expressions;
using EclipseConformance.Gherkin.Parsing;
using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Runtime;

/// <summary>Builds the argument list of a step method: converted captures, table/doc string, cancellation token.</summary>
internal static class StepArgumentBuilder
{
    public static object?[] Build(StepDefinitionBinding binding, IReadOnlyList<MatchedArgument> captured, StepDescriptor step, CancellationToken cancellationToken)
    {
        var parameters = binding.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        var next = 0;
        var stepArgument = step.Pickle.Argument;
        var hasStepArgument = stepArgument?.DataTable is not null || stepArgument?.DocString is not null;
        if (hasStepArgument && binding.StepArgumentParameter is null)
            throw new InvalidOperationException($"The step has a {(stepArgument!.DataTable is not null ? "data table" : "doc string")} " +
                $"but {binding.Describe()} has no trailing DataTable, DocString or string parameter for it.");
        if (!hasStepArgument && binding.StepArgumentParameter is not null)
            throw new InvalidOperationException($"{binding.Describe()} expects a data table or doc string, but the step has none.");

        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.ParameterType == typeof(CancellationToken))
                arguments[i] = cancellationToken;
            else if (parameter == binding.StepArgumentParameter)
                arguments[i] = ToStepArgument(stepArgument!, parameter.ParameterType);
            else
                arguments[i] = StepArgumentConverter.Convert(captured[next++].Value, parameter.ParameterType, $"parameter '{parameter.Name}'");
        }

        return arguments;
    }

    /// <summary>Turns a pickle table (first row = header) into a <see cref="DataTable"/>.</summary>
    public static DataTable ToDataTable(Messages.PickleTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Count == 0)
            throw new InvalidOperationException("The data table has no rows.");
        var result = new DataTable([.. table.Rows[0].Cells.Select(c => c.Value)]);
        foreach (var row in table.Rows.Skip(1))
            result.AddRow([.. row.Cells.Select(c => c.Value)]);
        return result;
    }

    private static object ToStepArgument(Messages.PickleStepArgument argument, Type type)
    {
        if (argument.DataTable is { } table)
        {
            return type == typeof(DataTable)
                ? ToDataTable(table)
                : throw new InvalidOperationException($"The step has a data table but the parameter is {type.Name}; use DataTable.");
        }

        var docString = argument.DocString!;
        if (type == typeof(DocString))
            return new DocString(docString.Content, string.IsNullOrEmpty(docString.MediaType) ? null : docString.MediaType);
        return type == typeof(string)
            ? docString.Content
            : throw new InvalidOperationException($"The step has a doc string but the parameter is {type.Name}; use string or DocString.");
    }
}
