using System.Reflection;
using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Assist;

/// <summary>Creates an object from named cells: constructor parameters first, then settable properties.</summary>
internal static class InstanceFactory
{
    public static object Create(Type type, IReadOnlyList<(string Column, string Value)> cells)
    {
        var remaining = cells.ToDictionary(c => Normalize(c.Column), c => c, StringComparer.OrdinalIgnoreCase);
        var constructor = type.GetConstructor(Type.EmptyTypes)
            ?? type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor to create it from a table.");

        var arguments = constructor.GetParameters().Select(p => Argument(type, p, remaining)).ToArray();
        var instance = constructor.Invoke(arguments);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null).ToList();
        foreach (var (key, (column, value)) in remaining)
        {
            var property = properties.FirstOrDefault(p => string.Equals(Normalize(p.Name), key, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException(
                    $"Column '{column}' matches no settable property or constructor parameter of {type.Name} " +
                    $"(known: {string.Join(", ", properties.Select(p => p.Name).Concat(constructor.GetParameters().Select(p => p.Name)))}).");
            property.SetValue(instance, StepArgumentConverter.Convert(value, property.PropertyType, $"column '{column}'"));
        }

        return instance;
    }

    private static object? Argument(Type type, ParameterInfo parameter, Dictionary<string, (string Column, string Value)> remaining)
    {
        var key = Normalize(parameter.Name ?? string.Empty);
        if (remaining.Remove(key, out var cell))
            return StepArgumentConverter.Convert(cell.Value, parameter.ParameterType, $"column '{cell.Column}'");
        if (parameter.HasDefaultValue)
            return parameter.DefaultValue;
        throw new InvalidOperationException($"The table has no column for {type.Name}'s constructor parameter '{parameter.Name}'.");
    }

    private static string Normalize(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_'));
}
