namespace EclipseConformance.Engine.Primitives;

public enum ClockMode
{
    /// <summary>Virtual time follows the wall clock (plus any jumps made through the control plane).</summary>
    Realtime,

    /// <summary>Virtual time stands still unless advanced or set through the control plane (tests, scripted runs).</summary>
    Manual,
}
