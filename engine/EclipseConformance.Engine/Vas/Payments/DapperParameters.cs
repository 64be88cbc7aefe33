using Dapper;

namespace EclipseConformance.Engine.Vas;

internal static class DapperParameters
{
    /// <summary>Adds one more named parameter and returns the same bag (fluent).</summary>
    public static DynamicParameters With(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
