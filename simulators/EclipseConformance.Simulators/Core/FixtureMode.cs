using System.Text.Json.Serialization;

namespace EclipseConformance.Simulators;

/// <summary>How a simulator treats identifiers (meters, accounts) that are not in its fixtures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FixtureMode>))]
public enum FixtureMode
{
    /// <summary>Like the providers' sandboxes: unknown identifiers still succeed (validation is bypassed).</summary>
    Sandbox,

    /// <summary>Like production: only fixture identifiers validate; anything else fails validation.</summary>
    ProductionLike,
}
