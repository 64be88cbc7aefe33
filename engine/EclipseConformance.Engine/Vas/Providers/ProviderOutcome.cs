namespace EclipseConformance.Engine.Vas;

/// <summary>What a provider call established.</summary>
public enum ProviderOutcome
{
    /// <summary>Done: validated, vended, completed or confirmed.</summary>
    Approved,

    /// <summary>The provider refused it; nothing happened upstream.</summary>
    Declined,

    /// <summary>Accepted upstream, not final yet (confirmation flows).</summary>
    Pending,

    /// <summary>No usable answer (timeout, connection failure, 5xx, malformed body): the upstream state is unknown.</summary>
    Unknown,

    /// <summary>A status query found no such transaction upstream.</summary>
    NotFound,
}
