namespace EclipseConformance.Engine.Primitives;

/// <summary>Route prefixes of the two HTTP surfaces.</summary>
public static class EclipseApi
{
    /// <summary>Eclipse's REST base path (fact sheet 1).</summary>
    public const string BasePath = "/eclipse-conductor/rest/v1";

    /// <summary>The simulator's control plane.</summary>
    public const string ControlPath = "/sim/v1";
}
