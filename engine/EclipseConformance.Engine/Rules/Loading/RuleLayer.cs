namespace EclipseConformance.Engine.Rules;

/// <summary>Where a rule file comes from; later layers override earlier ones.</summary>
public enum RuleLayer
{
    /// <summary>The shipped defaults (<c>rules/defaults</c>, embedded in the engine).</summary>
    Shipped,

    /// <summary>Files in the <c>--rules DIR</c> folder (hot-reloaded).</summary>
    Directory,

    /// <summary>The document posted with <c>PUT /sim/v1/rules</c> (kept in memory).</summary>
    Runtime,
}
